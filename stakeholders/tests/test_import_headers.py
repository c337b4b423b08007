"""People's own headers are matched to the register's fields: case, spaces and punctuation do
not matter, common synonyms are understood, unknown columns are reported and ignored."""

from pathlib import Path

import pytest
from django.conf import settings

from stakeholders.importing.headers import (
    COLUMNS,
    accepted_headers_markdown,
    field_for,
    map_headers,
    normalise,
)


@pytest.mark.parametrize(
    "header, field",
    [
        ("E-mail address", "email"),
        ("EMAIL", "email"),
        (" e mail ", "email"),
        ("Organisation", "organisation"),
        ("Organization", "organisation"),
        ("Company", "organisation"),
        ("Forename", "first_name"),
        ("First Name", "first_name"),
        ("first_name", "first_name"),
        ("Surname", "last_name"),
        ("Last name", "last_name"),
        ("Job title", "job_title"),
        ("Role", "job_title"),
        ("Tel.", "phone"),
        ("Post code", "postcode"),
        ("AIS needs", "format_needs"),
        ("Prénom", None),
        ("Fax", None),
    ],
)
def test_headers_match_fields_case_and_punctuation_insensitively(header, field):
    assert field_for(header) == field


def test_no_two_columns_claim_the_same_header():
    claims = {}
    for column in COLUMNS:
        for name in (column.header, *column.synonyms):
            claims.setdefault(normalise(name), set()).add(column.field)
    assert {name: fields for name, fields in claims.items() if len(fields) > 1} == {}


def test_unknown_columns_are_reported_and_known_ones_mapped():
    result = map_headers(["Forename", "Surname", "Fax", "", "E-mail address", "CCG"])
    assert result.fields == {"first_name": 0, "last_name": 1, "email": 4}
    assert result.unknown == ["Fax", "CCG (written by exports; not imported)"]
    assert result.errors == []


def test_two_columns_meaning_the_same_field_is_an_error_naming_both():
    result = map_headers(["First name", "Last name", "Email", "E-mail address"])
    assert result.errors == [
        "The columns 'Email' and 'E-mail address' both mean 'Email'. Remove or rename one of them."
    ]


def test_a_file_without_names_says_which_columns_it_needs():
    result = map_headers(["Email", "Company"])
    assert "needs 'First name' and 'Last name' columns, or a 'Name' column" in result.errors[0]
    assert "Its columns are: Email, Company." in result.errors[0]


def test_a_single_name_column_is_enough():
    assert map_headers(["Name", "Email"]).errors == []


def test_the_readme_lists_every_accepted_header():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")
    assert accepted_headers_markdown() in readme
