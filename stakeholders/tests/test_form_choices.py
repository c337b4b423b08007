"""Filter forms offer only what the user may see through that page: a user who is Comms team
in one CCG and Staff in another sees none of the second CCG's segments, localities or list
names, and a posted id of one is refused as not a choice."""

import pytest
from django.urls import reverse

from accounts.tests.factories import LocalityFactory, member

from .factories import DistributionListFactory, SegmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comms_a_staff_b(ccg_a, ccg_b):
    user = member(ccg=ccg_a, role="Comms team")
    return member(ccg=ccg_b, role="Staff", user=user)


def filter_choices(ccg, prefix: str) -> dict:
    return {
        "segment": SegmentFactory(ccg=ccg, name=f"{prefix} carers"),
        "locality": LocalityFactory(ccg=ccg, name=f"{prefix}ton"),
        "distribution_list": DistributionListFactory(ccg=ccg, name=f"{prefix} bulletin"),
    }


def test_the_contact_filter_shows_nothing_of_a_ccg_where_the_user_is_only_staff(
    client, comms_a_staff_b, ccg_a, ccg_b
):
    filter_choices(ccg_a, "Alpha")
    filter_choices(ccg_b, "Beta")
    client.force_login(comms_a_staff_b)
    body = client.get(reverse("stakeholders:contact_list")).content.decode()
    assert all(name in body for name in ("Alpha carers", "Alphaton", "Alpha bulletin"))
    assert not any(name in body for name in ("Beta carers", "Betaton", "Beta bulletin"))


def test_the_contact_filter_refuses_ids_of_a_ccg_where_the_user_is_only_staff(
    client, comms_a_staff_b, ccg_b
):
    theirs = filter_choices(ccg_b, "Beta")
    client.force_login(comms_a_staff_b)
    response = client.get(
        reverse("stakeholders:contact_list"), {name: row.pk for name, row in theirs.items()}
    )
    assert set(response.context["form"].errors) == set(theirs)


def test_the_organisation_filter_shows_no_locality_of_a_ccg_where_the_user_is_only_staff(
    client, comms_a_staff_b, ccg_a, ccg_b
):
    LocalityFactory(ccg=ccg_a, name="Alphaton")
    betaton = LocalityFactory(ccg=ccg_b, name="Betaton")
    client.force_login(comms_a_staff_b)
    url = reverse("stakeholders:organisation_list")
    body = client.get(url).content.decode()
    assert "Alphaton" in body and "Betaton" not in body
    assert "locality" in client.get(url, {"locality": betaton.pk}).context["form"].errors
