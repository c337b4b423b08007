"""A comms officer imports a messy spreadsheet from the web: sees exactly what will happen,
confirms, and the register has them; a bad file explains itself and changes nothing."""

import csv
import io
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from stakeholders.models import Contact, ImportJob, ImportStatus

from .factories import ContactFactory
from .spreadsheets import csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db

MESSY = [
    ["Our stakeholders (updated May)"],
    ["Forename", "SURNAME", "E-mail address", "Company", "Role", "Fax"],
    ["Helen", "Marsh", "helen.marsh@example.org", "Healthwatch Sefton", "Manager", "x"],
    ["Ravi", "Chandra", "RAVI@example.org", "Sefton CVS", "Director", ""],
    ["helen", "marsh", "HELEN.MARSH@example.org ", "", "", ""],
]


def upload(client, content, name="stakeholders.xlsx", **fields):
    return client.post(
        reverse("stakeholders:import_create"),
        {"file": SimpleUploadedFile(name, content), **fields},
    )


def test_the_whole_import_from_upload_to_register(client, comms_a, ccg_a):
    existing = ContactFactory(
        ccg=ccg_a, first_name="Ravi", last_name="Chandra", email="ravi@example.org", job_title=""
    )
    client.force_login(comms_a)
    response = upload(client, xlsx_bytes(MESSY))
    job = ImportJob.objects.get()
    assert response["Location"] == reverse("stakeholders:import_detail", args=[job.pk])
    page = client.get(response["Location"]).content.decode()
    assert "What the import will do" in page
    assert "'Fax' is not a column we know: ignored" in page
    assert "Helen Marsh &lt;helen.marsh@example.org&gt;" in page
    assert "same person as row 3 (same e-mail); merged into it" in page
    assert "Job title, Organisation" in page  # Ravi's update
    assert Contact.objects.count() == 1
    client.post(reverse("stakeholders:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == ImportStatus.IMPORTED and job.confirmed_by == comms_a
    assert Contact.objects.count() == 2
    existing.refresh_from_db()
    assert (existing.job_title, existing.organisation.name) == ("Director", "Sefton CVS")
    assert (
        "What the import did"
        in client.get(reverse("stakeholders:import_detail", args=[job.pk])).content.decode()
    )


def test_one_row_with_several_errors_is_counted_as_one_row_with_its_errors(client, comms_a, ccg_a):
    from accounts.models import Locality

    Locality.objects.create(ccg=ccg_a, name="Bootle")
    Locality.objects.create(ccg=ccg_a, name="Crosby")
    rows = [["First name", "Last name", "Email", "Locality"], ["Ann", "", "ann@", "Atlantis"]]
    client.force_login(comms_a)
    page = client.get(upload(client, csv_bytes(rows), "bad.csv")["Location"]).content.decode()
    assert (
        '<dt class="nhsuk-summary-list__key">Rows with errors</dt>'
        '<dd class="nhsuk-summary-list__value">1</dd>'
    ) in page
    assert "<h2>1 row has 3 errors</h2>" in page
    assert (
        "there is no locality called &#x27;Atlantis&#x27;. "
        "This CCG&#x27;s localities are: Bootle, Crosby."
    ) in page


def test_a_bad_file_lists_every_error_and_cannot_be_imported(client, comms_a, ccg_a):
    rows = [
        ["First name", "Last name", "Email"],
        ["Ann", "", "ann@"],
        ["Bob", "Lee", "bob@example.org"],
    ]
    client.force_login(comms_a)
    job_url = upload(client, csv_bytes(rows, encoding="cp1252"), "bad.csv")["Location"]
    page = client.get(job_url).content.decode()
    assert "<h2>1 row has 2 errors</h2>" in page
    assert "is empty; every contact needs a last name." in page
    assert "Import 1 contact" not in page and "Upload a corrected file" in page
    job = ImportJob.objects.get()
    assert client.post(reverse("stakeholders:import_confirm", args=[job.pk])).status_code == 302
    assert not Contact.objects.exists()


def test_an_unreadable_file_says_what_to_do(client, comms_a, ccg_a):
    client.force_login(comms_a)
    job_url = upload(client, b"\xd0\xcf\x11\xe0" + bytes(200), "old.xls")["Location"]
    page = client.get(job_url).content.decode()
    assert "There is a problem with the file" in page and "old Excel .xls file" in page


def test_no_file_is_a_form_error(client, comms_a, ccg_a):
    client.force_login(comms_a)
    response = client.post(reverse("stakeholders:import_create"), {"ccg": ccg_a.pk})
    assert (
        response.status_code == 200
        and "Select the spreadsheet to import" in response.content.decode()
    )


def test_the_report_downloads_with_every_row(client, comms_a, ccg_a):
    client.force_login(comms_a)
    upload(client, xlsx_bytes(MESSY))
    job = ImportJob.objects.get()
    response = client.get(reverse("stakeholders:import_report", args=[job.pk]))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["Row", "Action", "Contact", "Detail"]
    assert [r[:2] for r in rows[1:]] == [["3", "create"], ["4", "create"], ["5", "skip"]]


def test_a_large_file_shows_progress_while_a_worker_runs_it(client, comms_a, ccg_a, settings):
    client.force_login(comms_a)
    settings.STAKEHOLDER_IMPORT_INLINE_KB = 0
    with mock.patch("stakeholders.services.imports.enqueue_on_commit") as enqueue:
        job_url = upload(client, xlsx_bytes(MESSY))["Location"]
    assert enqueue.call_args.kwargs["job_id"] == ImportJob.objects.get().pk
    page = client.get(job_url).content.decode()
    assert "<progress" in page and "Check progress" in page and "job-progress.js" in page
    status = client.get(job_url + "status.json").json()
    assert status == {
        "status": "uploaded",
        "status_label": "Waiting to be checked",
        "phase": "",
        "processed": 0,
        "total": 0,
        "percent": 0,
        "text": "Waiting to be checked: 0 of 0 rows (0%)",
        "running": True,
        "notice": "",
    }


def test_cancelling_a_checked_import_writes_nothing(client, comms_a, ccg_a):
    client.force_login(comms_a)
    upload(client, xlsx_bytes(MESSY))
    job = ImportJob.objects.get()
    client.post(reverse("stakeholders:import_cancel", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == ImportStatus.CANCELLED and bytes(job.content) == b""
    assert not Contact.objects.exists()
