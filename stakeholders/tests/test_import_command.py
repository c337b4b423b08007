"""`manage.py import_stakeholders FILE --ccg ODS [--dry-run]`: the web's code path from the
command line, with the same report and the same all-or-nothing rule."""

import pytest
from django.core.management import CommandError, call_command

from stakeholders.models import Contact, ImportJob, ImportStatus, Subscription

from .factories import DistributionListFactory
from .spreadsheets import csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db
ROWS = [
    ["Forename", "Surname", "E-mail address", "Company", "Fax"],
    ["Ann", "Lee", "ann@example.org", "Sefton CVS", "1"],
]


def run(path, *args):
    from io import StringIO

    out = StringIO()
    call_command("import_stakeholders", str(path), *args, stdout=out)
    return out.getvalue()


def test_a_dry_run_reports_and_writes_nothing(tmp_path, ccg_a):
    path = tmp_path / "contacts.csv"
    path.write_bytes(csv_bytes(ROWS, bom=True))
    out = run(path, "--ccg", "a01", "--dry-run")
    assert "Column 'E-mail address' -> Email" in out
    assert "Unknown column, ignored: 'Fax'" in out
    assert "1 rows: 1 to create, 0 to update, 0 to skip, 0 with errors; 1 new organisations" in out
    assert "Row 2: create Ann Lee <ann@example.org> — Sefton CVS" in out
    assert "Dry run: nothing was written." in out
    assert not Contact.objects.exists()
    assert ImportJob.objects.get().status == ImportStatus.CANCELLED


def test_an_import_writes_and_says_what_it_did(tmp_path, ccg_a):
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(xlsx_bytes(ROWS))
    out = run(path, "--ccg", "A01")
    assert "Imported into NHS Alpha CCG: 1 created, 0 updated, 1 organisations created" in out
    assert (
        Contact.objects.get().history.get().history_change_reason == "Imported from contacts.xlsx"
    )


def test_a_file_with_errors_fails_listing_each_and_writes_nothing(tmp_path, ccg_a):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_bytes([["First name", "Last name", "Email"], ["Ann", "", "ann@"]]))
    from io import StringIO

    out = StringIO()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_stakeholders", str(path), "--ccg", "A01", stdout=out)
    assert "Row 2, Last name: is empty; every contact needs a last name." in out.getvalue()
    assert "Row 2, Email: 'ann@' is not a valid e-mail address." in out.getvalue()
    assert not Contact.objects.exists()


def test_subscribing_to_a_list_from_the_command_line(tmp_path, ccg_a):
    DistributionListFactory(ccg=ccg_a, name="GP bulletin")
    path = tmp_path / "contacts.csv"
    path.write_bytes(csv_bytes(ROWS))
    run(
        path,
        "--ccg",
        "A01",
        "--list",
        "gp bulletin",
        "--lawful-basis",
        "consent",
        "--consent-date",
        "2018-05-25",
    )
    assert str(Subscription.objects.get().consent_date) == "2018-05-25"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--ccg", "ZZZ"], "No CCG with ODS code 'ZZZ'"),
        (
            ["--ccg", "A01", "--list", "Nope", "--lawful-basis", "consent"],
            "has no distribution list called 'Nope'",
        ),
        (["--ccg", "A01", "--user", "nobody@example.org"], "No portal user"),
    ],
)
def test_bad_arguments_are_explained(tmp_path, ccg_a, args, message):
    path = tmp_path / "contacts.csv"
    path.write_bytes(csv_bytes(ROWS))
    with pytest.raises(CommandError, match=message):
        run(path, *args)


def test_a_missing_file_is_explained(tmp_path, ccg_a):
    with pytest.raises(CommandError, match="Cannot read"):
        run(tmp_path / "nope.csv", "--ccg", "A01")
