"""Finding stakeholders: by name, e-mail and organisation, with filters, only ever in the
user's own CCGs."""

import csv
import io

import pytest
from django.urls import reverse

from .factories import ContactFactory, OrganisationFactory, SegmentFactory

pytestmark = pytest.mark.django_db


def names(client, **params):
    response = client.get(reverse("stakeholders:contact_list"), params)
    return sorted(c.last_name for c in response.context["page"])


@pytest.fixture
def people(ccg_a, ccg_b):
    cvs = OrganisationFactory(ccg=ccg_a, name="Sefton CVS", type="voluntary")
    council = OrganisationFactory(ccg=ccg_a, name="Sefton Council", type="local_authority")
    return {
        "quinn": ContactFactory(
            ccg=ccg_a, first_name="Pat", last_name="Quinn", email="pq@cvs.org.uk", organisation=cvs
        ),
        "doyle": ContactFactory(
            ccg=ccg_a,
            first_name="Chris",
            last_name="Doyle",
            email="cllr.doyle@sefton.gov.uk",
            organisation=council,
            kind="councillor",
        ),
        "patel": ContactFactory(
            ccg=ccg_a,
            first_name="Amit",
            last_name="Patel",
            email="amit@example.org",
            organisation=None,
            interest=5,
            influence=5,
        ),
        "other": ContactFactory(
            ccg=ccg_b, first_name="Pat", last_name="Quinnell", email="pat@b.org"
        ),
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("quinn", ["Quinn"]),
        ("PAT", ["Patel", "Quinn"]),
        ("sefton.gov", ["Doyle"]),
        ("cvs", ["Quinn"]),
        ("sefton", ["Doyle", "Quinn"]),
        ("pat sefton", ["Quinn"]),
        ("nobody", []),
    ],
)
def test_search_by_name_email_and_organisation(client, comms_a, people, query, expected):
    client.force_login(comms_a)
    assert names(client, q=query) == expected


def test_filters_by_kind_type_quadrant_and_segment_with_its_children(
    client, comms_a, people, ccg_a
):
    carers = SegmentFactory(ccg=ccg_a, name="Carers", kind="seldom_heard")
    young = SegmentFactory(ccg=ccg_a, name="Young carers", kind="seldom_heard", parent=carers)
    people["quinn"].segments.add(young)
    client.force_login(comms_a)
    assert names(client, kind="councillor") == ["Doyle"]
    assert names(client, organisation_type="voluntary") == ["Quinn"]
    assert names(client, quadrant="manage_closely") == ["Patel"]
    assert names(client, segment=carers.pk) == ["Quinn"]


def test_the_export_follows_the_search_and_defuses_formulas(client, comms_a, people):
    people["quinn"].job_title = "=cmd|' /C calc'!A0"
    people["quinn"].save()
    client.force_login(comms_a)
    response = client.get(reverse("stakeholders:contact_export", args=["csv"]), {"q": "quinn"})
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    )
    assert [r["Last name"] for r in rows] == ["Quinn"]
    assert rows[0]["Job title"] == "'=cmd|' /C calc'!A0"


def test_a_bad_filter_value_is_ignored_not_an_error(client, comms_a, people):
    client.force_login(comms_a)
    response = client.get(
        reverse("stakeholders:contact_list"), {"segment": "abc", "quadrant": "nope"}
    )
    assert response.status_code == 200
