"""An import reads no more than its limits allow, whatever a file claims or holds: rows,
columns, characters in a cell and bytes, counted while reading. A file over a limit gets one
clear error, a small report and a small page, in seconds, and changes nothing."""

import csv
import io
import json
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from stakeholders import services
from stakeholders.importing.limits import MB, ImportLimits
from stakeholders.importing.reading import FileError, read_table, unpacked_size
from stakeholders.models import Contact, ImportJob, ImportStatus
from stakeholders.tasks import import_job_check_task

from .factories import ContactFactory
from .spreadsheets import (
    csv_bytes,
    finishes_within,
    xlsx_bytes,
    xlsx_with_far_cell,
    xlsx_with_parts,
)

pytestmark = pytest.mark.django_db

HEADER = ["First name", "Last name", "Email"]
TWO_ROWS = [HEADER, ["Ann", "Lee", "ann@example.org"]]
SMALL_ENOUGH = 200 * 1024  # a report or a page


def limits(**changes) -> ImportLimits:
    return ImportLimits(**{**ImportLimits.from_settings().__dict__, **changes})


def read_all(content, filename="contacts.csv", **changes):
    return list(read_table(content, filename, limits=limits(**changes)).rows)


def stored_size(job: ImportJob) -> int:
    return len(json.dumps(ImportJob.objects.get(pk=job.pk).report))


@pytest.fixture
def register(ccg_a):
    """One contact, to show a refused file changes no row."""
    return ContactFactory(ccg=ccg_a, first_name="Pat", last_name="Quinn", email="pat@example.org")


def assert_unchanged(contact):
    assert list(Contact.objects.values_list("pk", "first_name", "email")) == [
        (contact.pk, "Pat", "pat@example.org")
    ]


# A sheet saved with a used range of A1:XFD1048576 (the finding: 4.9 KB, half an hour).


def test_it_refuses_a_far_cell_xlsx_in_the_request_within_seconds(client, comms_a, ccg_a, register):
    content = xlsx_with_far_cell(TWO_ROWS)
    assert len(content) < 10_000  # small enough to be checked in the request
    client.force_login(comms_a)
    with finishes_within(10), mock.patch("stakeholders.services.imports.enqueue_on_commit") as q:
        response = client.post(
            reverse("stakeholders:import_create"),
            {"file": SimpleUploadedFile("far.xlsx", content)},
        )
    assert not q.called  # answered in the request, not handed on
    job = ImportJob.objects.get()
    assert job.status == ImportStatus.CHECKED and not job.can_confirm
    assert job.report["file_errors"] == [
        "The file has more than 100,000 rows of contacts; the most is 100,000 under one header "
        "row. Split it into smaller files. If it has fewer, delete the empty rows below the "
        "contacts (Excel keeps rows that once held data or formatting) and upload it again."
    ]
    page = client.get(response["Location"]).content.decode()
    assert "The file has more than 100,000 rows" in page
    assert_unchanged(register)


def test_the_command_refuses_a_far_cell_xlsx_within_seconds(tmp_path, ccg_a, register):
    path = tmp_path / "far.xlsx"
    path.write_bytes(xlsx_with_far_cell(TWO_ROWS))
    out = io.StringIO()
    with finishes_within(10), pytest.raises(CommandError, match="nothing was written"):
        call_command("import_stakeholders", str(path), "--ccg", "A01", "--dry-run", stdout=out)
    assert "File error: The file has more than 100,000 rows" in out.getvalue()
    assert_unchanged(register)


def test_the_xlsx_reader_never_reads_past_the_column_limit():
    """A far cell in a row of contacts is beyond what is read: the row stays as wide as its
    contacts, however wide the sheet says it is."""
    content = xlsx_with_far_cell(TWO_ROWS, cell="XFD2")
    with finishes_within(10):
        table = read_table(content, "far.xlsx", limits=limits(max_columns=5))
        rows = list(table.rows)
    assert rows == [(1, HEADER), (2, ["Ann", "Lee", "ann@example.org"])]
    assert "The sheet says it is 16,384 columns wide; only the first 5 were read." in table.notes


def test_data_just_past_the_column_limit_of_an_xlsx_is_an_error():
    content = xlsx_bytes([HEADER, ["Ann", "Lee", "ann@example.org", "", "", "stray"]])
    with pytest.raises(FileError, match="Row 2 has 6 columns; the most is 5."):
        read_all(content, "x.xlsx", max_columns=5)


# A CSV of 1,000,000 columns (the finding: 9.9 MB, a 19.8 MB report and a 59.8 MB page).


def test_a_million_column_csv_gets_one_error_a_small_report_and_a_small_page(
    client, comms_a, ccg_a, register
):
    content = (",".join(f"col{i}" for i in range(1_000_000)) + "\r\nAnn,Lee\r\n").encode()
    with mock.patch("stakeholders.services.imports.enqueue_on_commit"):
        job = services.import_job_start(
            ccg=ccg_a, user=comms_a, filename="wide.csv", content=content
        )
    assert job.status == ImportStatus.UPLOADED  # too big for the request: a worker checks it
    with finishes_within(30):
        import_job_check_task(job.pk)
    job.refresh_from_db()
    assert stored_size(job) < SMALL_ENOUGH
    assert job.report["file_errors"] == [
        "Row 1 has 1,000,000 columns; the most is 100. Delete the columns the register does "
        "not read (README lists those it does) and upload it again."
    ]
    client.force_login(comms_a)
    page = client.get(reverse("stakeholders:import_detail", args=[job.pk])).content
    assert len(page) < SMALL_ENOUGH and b"Row 1 has 1,000,000 columns" in page
    assert_unchanged(register)


def test_empty_cells_at_the_end_of_a_csv_row_do_not_count_as_columns():
    row = ["Ann", "Lee", "ann@example.org", *[""] * 500]
    assert read_all(csv_bytes([HEADER, row]))[1] == (2, ["Ann", "Lee", "ann@example.org"])


# Rows, cells and bytes.


def test_too_many_rows_is_one_clear_error_naming_the_limit():
    rows = [HEADER, *(["Ann", f"Lee{i}", ""] for i in range(100_001))]
    with finishes_within(10), pytest.raises(FileError) as refused:
        read_all(csv_bytes(rows))
    assert str(refused.value).startswith(
        "The file has more than 100,000 rows of contacts; the most is 100,000 under one header "
        "row. Split it into smaller files."
    )


def test_a_header_and_as_many_rows_as_the_limit_are_read():
    rows = [HEADER, *(["Ann", f"Lee{i}", ""] for i in range(100_000))]
    assert len(read_all(csv_bytes(rows))) == 100_001


def test_a_file_over_the_row_limit_is_refused_and_changes_nothing(ccg_a, comms_a, register):
    rows = [HEADER, *([f"Ann{i}", "Lee", f"ann{i}@example.org"] for i in range(4))]
    with mock.patch("django.conf.settings.STAKEHOLDER_IMPORT_MAX_ROWS", 3):
        job = services.import_job_start(
            ccg=ccg_a, user=comms_a, filename="many.csv", content=csv_bytes(rows)
        )
    assert job.report["file_errors"][0].startswith("The file has more than 3 rows of contacts")
    assert not job.can_confirm and job.report["rows"] == []
    assert_unchanged(register)


@pytest.mark.parametrize("make", [csv_bytes, xlsx_bytes], ids=["csv", "xlsx"])
def test_a_cell_over_the_limit_is_an_error_naming_its_row_and_column(make):
    rows = [[*HEADER, "Notes"], ["Ann", "Lee", "", ""], ["Bob", "Ng", "", "n" * 5001]]
    with pytest.raises(FileError) as refused:
        read_all(make(rows), "x.xlsx" if make is xlsx_bytes else "x.csv")
    assert str(refused.value).startswith(
        "Row 3, column D: the cell has 5,001 characters; the most is 5,000"
    )


def test_a_cell_of_the_limit_is_read():
    rows = [[*HEADER, "Notes"], ["Bob", "Ng", "", "n" * 5000]]
    assert read_all(csv_bytes(rows))[1][1][3] == "n" * 5000


def test_a_file_over_the_size_limit_is_refused_by_the_form_without_being_read(
    client, comms_a, ccg_a, register
):
    client.force_login(comms_a)
    content = b"First name,Last name\r\n" + b"x" * (20 * MB)
    with mock.patch("stakeholders.services.imports.plan_import") as planned:
        response = client.post(
            reverse("stakeholders:import_create"), {"file": SimpleUploadedFile("big.csv", content)}
        )
    assert response.status_code == 200 and not planned.called
    assert "The file is 20.0 MB; the most is 20 MB. Split it into smaller files." in (
        response.content.decode()
    )
    assert not ImportJob.objects.exists()
    assert_unchanged(register)


def test_the_service_refuses_a_file_over_the_size_limit(ccg_a, comms_a):
    with pytest.raises(Exception, match="the most is 20 MB"):
        services.import_job_create(
            ccg=ccg_a, user=comms_a, filename="big.csv", content=b"x" * (20 * MB + 1)
        )
    assert not ImportJob.objects.exists()


def test_the_command_refuses_a_file_over_the_size_limit_by_its_size(tmp_path, ccg_a):
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:  # sparse: 21 MB that the command must not read
        handle.truncate(21 * MB)
    with pytest.raises(CommandError, match="The file is 21.0 MB; the most is 20 MB."):
        call_command("import_stakeholders", str(path), "--ccg", "A01", "--dry-run")
    assert not ImportJob.objects.exists()


def test_an_xlsx_that_unpacks_past_the_limit_is_refused_before_it_is_opened():
    rows = [HEADER, *(["Ann", "Lee", "ann@example.org"] for _ in range(30_000))]
    content = xlsx_bytes(rows)
    assert len(content) < MB  # packs small, unpacks to more than 1 MB
    with pytest.raises(FileError, match=r"The Excel file unpacks to \d+ MB; the most is 1 MB"):
        read_all(content, "x.xlsx", max_unpacked_bytes=MB)


def test_an_xlsx_whose_styles_unpack_big_is_refused_before_it_is_opened():
    """2 MB of empty fonts took openpyxl 10 s and 123 MB to load, from a 7 KB file."""
    styles = (
        b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<fonts>" + b"<font/>" * 100_000 + b"</fonts></styleSheet>"
    )
    content = xlsx_with_parts(TWO_ROWS, **{"xl/styles.xml": styles})
    with finishes_within(10), pytest.raises(FileError) as refused:
        read_all(content, "x.xlsx")
    assert str(refused.value) == (
        "The Excel file's formatting unpacks to 0.7 MB; the most is 512 KB. Save it as CSV "
        "UTF-8 and upload that."
    )


def test_an_xlsx_whose_shared_text_unpacks_past_the_size_limit_is_refused():
    strings = b"<sst>" + b"<si><t>a</t></si>" * 70_000 + b"</sst>"  # 1.1 MB
    content = xlsx_with_parts(TWO_ROWS, **{"xl/sharedStrings.xml": strings})
    with pytest.raises(FileError, match="besides its sheets unpack to 1.2 MB; the most is 1 MB"):
        read_all(content, "x.xlsx", max_file_bytes=MB)


def test_an_xlsx_sheet_is_streamed_so_only_its_text_counts_against_the_size_limit():
    rows = [HEADER, *([f"Ann{i}", "Lee", f"ann{i}@example.org"] for i in range(30_000))]
    content = xlsx_bytes(rows)
    assert len(content) < MB < unpacked_size(content)
    assert len(read_all(content, "x.xlsx", max_file_bytes=MB)) == 30_001


def test_an_xlsx_holds_no_more_text_than_a_csv_of_the_size_limit():
    rows = [[*HEADER, "Notes"], *(["Ann", "Lee", "", "n" * 5_000] for _ in range(20))]
    content = xlsx_bytes(rows)
    assert len(content) < 40_000
    with pytest.raises(FileError) as refused:
        read_all(content, "x.xlsx", max_file_bytes=40_000)
    assert str(refused.value).startswith(
        "The Excel file holds more than 38,147 characters of text (by row 9); the most is 38,147"
    )


# The report: the first errors listed, the rest counted.


def test_a_file_of_50000_bad_rows_lists_the_first_100_errors_and_counts_the_rest(
    client, comms_a, ccg_a, register
):
    rows = [HEADER, *([f"Ann{i}", "Lee", "not-an-email"] for i in range(50_000))]
    with mock.patch("stakeholders.services.imports.enqueue_on_commit"):
        job = services.import_job_start(
            ccg=ccg_a, user=comms_a, filename="bad.csv", content=csv_bytes(rows)
        )
    import_job_check_task(job.pk)
    job.refresh_from_db()
    report = job.report
    assert stored_size(job) < SMALL_ENOUGH
    assert report["counts"]["error"] == 50_000 and report["errors_total"] == 50_000
    assert len(report["errors"]) == 100
    assert report["errors"][0] == [2, "Email", "'not-an-email' is not a valid e-mail address."]
    client.force_login(comms_a)
    page = client.get(reverse("stakeholders:import_detail", args=[job.pk])).content.decode()
    assert len(page) < SMALL_ENOUGH
    assert (
        "<h2>50,000 rows have 50,000 errors</h2>" in page
        and "and 49,900 more errors, not shown" in page
    )
    download = b"".join(
        client.get(reverse("stakeholders:import_report", args=[job.pk])).streaming_content
    ).decode("utf-8-sig")
    *listed, last = csv.reader(io.StringIO(download))
    assert len(listed) == 1 + 100  # the header and the rows of the errors listed
    assert last[3] == "... and 49,900 more errors, not listed: fix those above first."
    assert_unchanged(register)


def test_the_command_counts_the_errors_it_does_not_list(tmp_path, ccg_a, settings):
    settings.STAKEHOLDER_IMPORT_ERRORS_LISTED = 2
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_bytes([HEADER, *([f"Ann{i}", "Lee", "nope"] for i in range(5))]))
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_stakeholders", str(path), "--ccg", "A01", stdout=out)
    lines = out.getvalue().splitlines()
    assert [line for line in lines if line.startswith("Row ")] == [
        "Row 2, Email: 'nope' is not a valid e-mail address.",
        "Row 3, Email: 'nope' is not a valid e-mail address.",
    ]
    assert lines[-1] == "... and 3 more errors."


def test_a_cell_quoted_in_an_error_is_clipped_in_the_report(ccg_a, comms_a):
    rows = [HEADER, ["Ann", "Lee", "x" * 4000]]
    job = services.import_job_start(
        ccg=ccg_a, user=comms_a, filename="long.csv", content=csv_bytes(rows)
    )
    [[_, _, message]] = job.report["errors"]
    assert len(message) <= 400 and message.endswith("…")


# The request's time budget.


def test_a_check_that_runs_past_the_request_budget_goes_to_a_worker(ccg_a, comms_a, settings):
    settings.STAKEHOLDER_IMPORT_INLINE_SECONDS = 0
    queued = []
    with mock.patch(
        "stakeholders.services.imports.enqueue_on_commit",
        lambda task, on_unavailable=None, **kw: queued.append((task.name, kw)),
    ):
        job = services.import_job_start(
            ccg=ccg_a, user=comms_a, filename="slow.csv", content=csv_bytes(TWO_ROWS)
        )
        assert job.status == ImportStatus.UPLOADED and job.started_at is None
        assert queued == [("stakeholders.import_job_check", {"job_id": job.pk})]
        import_job_check_task(job.pk)
        job.refresh_from_db()
        assert job.status == ImportStatus.CHECKED and job.can_confirm
        # Checked on a worker, so imported on one too, not in the confirming request.
        job = services.import_job_confirm(job=job, user=comms_a)
        assert queued[-1] == ("stakeholders.import_job_apply", {"job_id": job.pk})
    assert job.status == ImportStatus.CONFIRMED and not Contact.objects.exists()


def test_a_small_xlsx_that_unpacks_big_goes_to_a_worker(ccg_a, comms_a, settings):
    settings.STAKEHOLDER_IMPORT_INLINE_KB = 40
    content = xlsx_bytes([HEADER, *(["Ann", "Lee", "ann@example.org"] for _ in range(3_000))])
    assert len(content) < 40 * 1024 < unpacked_size(content) / 10  # small, packed tight
    with mock.patch("stakeholders.services.imports.enqueue_on_commit") as queued:
        job = services.import_job_start(
            ccg=ccg_a, user=comms_a, filename="packed.xlsx", content=content
        )
    assert job.status == ImportStatus.UPLOADED and queued.called


def test_a_worker_stops_a_check_that_runs_out_of_time(ccg_a, comms_a, settings):
    settings.STAKEHOLDER_IMPORT_CHECK_SECONDS = 0
    with mock.patch("stakeholders.services.imports.enqueue_on_commit"):
        job = services.import_job_start(
            ccg=ccg_a, user=comms_a, filename="slow.csv", content=csv_bytes(TWO_ROWS), inline=False
        )
    import_job_check_task(job.pk)
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED and job.content == b""
    assert "took more than 1 minute and was stopped" in job.report["file_errors"][0]
