"""The dry run: for a messy spreadsheet, exactly what will be created, updated and skipped,
and every row error with its row number, field and reason. Nothing is written."""

import datetime

import pytest

from accounts.tests.factories import LocalityFactory
from stakeholders.importing.planning import ListOptions, plan_import
from stakeholders.models import Contact, Organisation
from stakeholders.services import subscription_withdraw, suppression_add

from .factories import (
    ContactFactory,
    DistributionListFactory,
    OrganisationFactory,
    SegmentFactory,
    SubscriptionFactory,
)
from .spreadsheets import csv_bytes

pytestmark = pytest.mark.django_db


def plan(ccg, rows, **options):
    return plan_import(
        content=csv_bytes(rows), filename="contacts.csv", ccg=ccg, options=ListOptions(**options)
    )


def actions(result):
    return {row.number: (row.action, row.reason) for row in result.rows}


def errors(result):
    return [(row.number, field, message) for row in result.rows for field, message in row.errors]


def test_a_messy_spreadsheet_is_understood(ccg_a):
    LocalityFactory(ccg=ccg_a, name="Bootle")
    SegmentFactory(ccg=ccg_a, name="Carers")
    rows = [
        ["Stakeholder list 2018 (do not circulate)"],
        [],
        ["Forename", "SURNAME", "E-mail Address", "Company", "Job Title", "Area", "Fax", "AIS"],
        [
            "  Jane ",
            "Smith",
            " Jane.Smith@Example.org ",
            "Sefton CVS",
            "Chief officer",
            "bootle",
            "x",
            "Large print (18pt); BSL",
        ],
    ]
    result = plan(ccg_a, rows)
    assert result.ok and result.header_row == 3
    assert result.header_map.unknown == ["Fax"]
    (row,) = result.rows
    assert (row.number, row.action) == (4, "create")
    assert row.values["first_name"] == "Jane"
    assert row.values["email"] == "Jane.Smith@Example.org"
    assert row.values["format_needs"] == ("large_print", "bsl")
    assert row.values["locality_id"]
    assert result.new_organisations == {"sefton cvs": "Sefton CVS"}
    assert not Contact.objects.exists() and not Organisation.objects.exists()


def test_every_row_error_has_its_row_field_and_reason(ccg_a):
    rows = [
        ["First name", "Last name", "Email", "Interest", "Kind", "Locality", "Segments"],
        ["Ann", "", "ann@", "high-ish", "Alien", "Atlantis", "Nobody"],
        ["Bob", "Lee", "bob@example.org", "7", "MP", "", ""],
    ]
    result = plan(ccg_a, rows)
    assert not result.ok
    assert errors(result) == [
        (2, "Last name", "is empty; every contact needs a last name."),
        (2, "Email", "'ann@' is not a valid e-mail address."),
        (2, "Kind", "'Alien' is not a kind; use Stakeholder, MP, Councillor or Journalist."),
        (
            2,
            "Locality",
            "there is no locality called 'Atlantis'. This CCG has no localities set up yet.",
        ),
        (2, "Segments", "no segment called 'Nobody'. This CCG has no segments set up yet."),
        (2, "Interest", "'high-ish' is not a score; use 1 to 5, or Low, Medium or High."),
        (3, "Interest", "'7' is not a score; use 1 to 5, or Low, Medium or High."),
    ]


def test_duplicates_in_the_file_are_merged_when_they_agree(ccg_a):
    rows = [
        ["First name", "Last name", "Email", "Phone", "Organisation"],
        ["Ann", "Lee", "ann@example.org", "", "Healthwatch"],
        ["ANN", "LEE", " ANN@example.org", "0151 000 0000", ""],
        ["Ann", "Lee", "", "", "healthwatch"],
    ]
    result = plan(ccg_a, rows)
    assert actions(result) == {
        2: ("create", ""),
        3: ("skip", "same person as row 2 (same e-mail); merged into it"),
        4: ("skip", "same person as row 2 (same name and organisation); merged into it"),
    }
    assert result.rows[0].values["phone"] == "0151 000 0000"


def test_duplicates_in_the_file_that_disagree_are_an_error(ccg_a):
    rows = [
        ["First name", "Last name", "Email", "Phone"],
        ["Ann", "Lee", "ann@example.org", "0151 111"],
        ["Ann", "Lee", "ann@example.org", "0151 222"],
    ]
    result = plan(ccg_a, rows)
    assert errors(result) == [
        (
            3,
            "Phone",
            "this row is the same person as row 2 (same e-mail) but says '0151 222' where row 2 "
            "says '0151 111'. Make them agree or remove one.",
        )
    ]


def test_duplicates_differing_only_in_case_accents_or_spacing_merge_into_the_fuller_spelling(
    ccg_a,
):
    rows = [
        ["First name", "Last name", "Email", "Job title", "Organisation"],
        ["jurgen", "muller", "jurgen@example.org", "GP  PARTNER", "Sefton CVS"],
        ["Jürgen", "Müller", "Jurgen@Example.org", "GP partner", "sefton  cvs"],
        ["JURGEN", "MULLER", "jurgen@example.org", "gp partner", ""],
    ]
    result = plan(ccg_a, rows)
    assert errors(result) == []
    assert actions(result) == {
        2: ("create", ""),
        3: ("skip", "same person as row 2 (same e-mail); merged into it"),
        4: ("skip", "same person as row 2 (same e-mail); merged into it"),
    }
    values = result.rows[0].values
    assert (values["first_name"], values["last_name"], values["job_title"]) == (
        "Jürgen",
        "Müller",
        "GP partner",
    )


def test_duplicates_that_really_disagree_still_stop_the_import_with_accents_about(ccg_a):
    rows = [
        ["First name", "Last name", "Email"],
        ["Jürgen", "Müller", "jurgen@example.org"],
        ["Jürgen", "Miller", "jurgen@example.org"],
    ]
    result = plan(ccg_a, rows)
    assert errors(result) == [
        (
            3,
            "Last name",
            "this row is the same person as row 2 (same e-mail) but says 'Miller' where row 2 "
            "says 'Müller'. Make them agree or remove one.",
        )
    ]


def test_another_spelling_of_a_register_value_never_takes_information_away(ccg_a):
    held = ContactFactory(
        ccg=ccg_a, first_name="Jürgen", last_name="Muller", email="jurgen@example.org"
    )
    rows = [
        ["First name", "Last name", "Email"],
        ["jurgen", "Müller", "jurgen@example.org"],
    ]
    result = plan(ccg_a, rows)
    (row,) = result.rows
    assert (row.action, row.contact_id, row.changes) == ("update", held.pk, {"last_name": "Müller"})


def test_people_already_in_the_register_are_updated_not_duplicated(ccg_a):
    org = OrganisationFactory(ccg=ccg_a, name="Sefton CVS")
    by_email = ContactFactory(ccg=ccg_a, email="Ann@Example.org", phone="1", organisation=org)
    by_name = ContactFactory(
        ccg=ccg_a, first_name="Bob", last_name="Lee", email="", organisation=org
    )
    same = ContactFactory(
        ccg=ccg_a, first_name="Cy", last_name="Dee", email="cy@example.org", organisation=org
    )
    rows = [
        ["First name", "Last name", "Email", "Phone", "Organisation"],
        [by_email.first_name, by_email.last_name, " ann@example.ORG ", "2", "Sefton CVS"],
        ["bob", "LEE", "bob@example.org", "", "sefton cvs"],
        ["Cy", "Dee", "cy@example.org", "", "Sefton CVS"],
    ]
    result = plan(ccg_a, rows)
    assert actions(result) == {
        2: ("update", ""),
        3: ("update", ""),
        4: ("skip", "already up to date"),
    }
    assert result.rows[0].contact_id == by_email.pk and result.rows[0].changes == {"phone": "2"}
    assert result.rows[1].contact_id == by_name.pk
    # "bob LEE" is another spelling of the register's "Bob Lee", which says more: kept.
    assert result.rows[1].changes == {"email": "bob@example.org"}
    assert same.pk == result.rows[2].contact_id


def test_an_empty_cell_never_blanks_the_register_and_notes_are_added_to(ccg_a):
    contact = ContactFactory(ccg=ccg_a, email="ann@example.org", phone="0151", notes="Met in 2017.")
    rows = [
        ["First name", "Last name", "Email", "Phone", "Notes"],
        [contact.first_name, contact.last_name, "ann@example.org", "", "Chairs the PPG."],
    ]
    (row,) = plan(ccg_a, rows).rows
    assert row.changes == {"notes": "Met in 2017.\n\nChairs the PPG."}


def test_someone_erased_is_not_imported_again(ccg_a):
    contact = ContactFactory(ccg=ccg_a, email="gone@example.org")
    suppression_add(contact=contact, reason="erased")
    contact.delete()
    result = plan(
        ccg_a, [["First name", "Last name", "Email"], ["Any", "Name", "GONE@example.org"]]
    )
    action, reason = actions(result)[2]
    assert action == "skip" and reason.startswith("this person asked to be erased on")


def test_someone_who_withdrew_is_not_put_back_on_that_list(ccg_a, comms_a):
    subscription = SubscriptionFactory(contact__ccg=ccg_a, contact__email="left@example.org")
    subscription_withdraw(subscription=subscription, reason="requested", user=comms_a)
    other_list = DistributionListFactory(ccg=ccg_a)
    rows = [["First name", "Last name", "Email"], ["Lee", "Left", "left@example.org"]]
    kept_off = plan(
        ccg_a,
        rows,
        distribution_list=subscription.distribution_list,
        lawful_basis="legitimate_interests",
    )
    assert kept_off.rows[0].subscribe is False
    assert kept_off.rows[0].reason.startswith(
        f"not added to {subscription.distribution_list}: they withdrew"
    )
    other = plan(ccg_a, rows, distribution_list=other_list, lawful_basis="legitimate_interests")
    assert other.rows[0].subscribe is True


def test_consent_as_the_basis_needs_a_consent_date(ccg_a):
    listed = DistributionListFactory(ccg=ccg_a)
    rows = [
        ["First name", "Last name", "Email", "Opt-in date"],
        ["Ann", "Lee", "ann@example.org", "25/05/2018"],
        ["Bob", "Lee", "bob@example.org", ""],
        ["Cy", "Lee", "cy@example.org", "05/25/2018"],
    ]
    result = plan(ccg_a, rows, distribution_list=listed, lawful_basis="consent")
    assert result.rows[0].consent_date == datetime.date(2018, 5, 25)
    assert errors(result) == [
        (3, "Consent date", f"is needed: the import records consent to {listed}."),
        (4, "Opt-in date", "'05/25/2018' is not a date; write it day first, like 25/05/2018."),
    ]


def test_a_row_matching_two_register_contacts_asks_for_an_email(ccg_a):
    org = OrganisationFactory(ccg=ccg_a, name="Practice")
    for _ in range(2):
        ContactFactory(ccg=ccg_a, first_name="Sam", last_name="Jones", email="", organisation=org)
    result = plan(ccg_a, [["Name", "Organisation"], ["Sam Jones", "Practice"]])
    assert errors(result) == [
        (
            2,
            "Name",
            "matches 2 contacts in the register with the same name and organisation; add "
            "their e-mail so the import can tell which one.",
        )
    ]


def test_a_full_name_column_is_split(ccg_a):
    result = plan(ccg_a, [["Name"], ["Dr Priya Nolan"], ["Smith, Jane"], ["Cher"]])
    first, second, third = result.rows
    assert (first.values["title"], first.values["first_name"], first.values["last_name"]) == (
        "Dr",
        "Priya",
        "Nolan",
    )
    assert (second.values["first_name"], second.values["last_name"]) == ("Jane", "Smith")
    assert errors(result) == [(4, "Name", "'Cher' needs a first and a last name.")]


def test_rows_with_data_only_in_unknown_columns_are_skipped_visibly(ccg_a):
    result = plan(ccg_a, [["First name", "Last name", "Fax"], ["", "", "0151"], [], ["A", "B", ""]])
    assert actions(result) == {
        2: ("skip", "no data in the columns the register reads"),
        4: ("create", ""),
    }


def test_a_nul_character_is_a_row_error_not_a_crash(ccg_a):
    result = plan(
        ccg_a, [["First name", "Last name", "Job title"], ["Ann", "Lee", "Chief\x00officer"]]
    )
    assert errors(result) == [
        (2, "Job title", "contains a NUL character (the file may be damaged); retype this cell.")
    ]


def test_a_file_without_a_header_row_is_a_file_error(ccg_a):
    result = plan(ccg_a, [["Ann", "Lee"], ["Bob", "Lee"]])
    assert result.file_errors and "No header row found" in result.file_errors[0]


def test_a_file_with_headers_but_no_rows_is_a_file_error(ccg_a):
    result = plan(ccg_a, [["First name", "Last name"]])
    assert result.file_errors == ["The file has column names but no rows of contacts under them."]


def test_our_own_export_imports_back_unchanged(ccg_a):
    ContactFactory(
        ccg=ccg_a, email="ann@example.org", phone="+44 151 000", format_needs=["easy_read"]
    )
    from stakeholders.resources import ContactExport

    resource = ContactExport()
    rows = resource.rows(Contact.objects.all())
    result = plan(ccg_a, [resource.get_export_headers(), *[[str(v) for v in r] for r in rows]])
    assert actions(result) == {2: ("skip", "already up to date")}
