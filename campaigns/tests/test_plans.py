"""Campaigns: planned by a lead CCG, shared with others ("written once"), each CCG's notes."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.tests.factories import CcgFactory, member
from campaigns.models import Campaign, CampaignNote
from stakeholders.tests.factories import SegmentFactory

from .factories import CampaignFactory, CampaignNoteFactory


def _dates(name: str, day: datetime.date) -> dict:
    return {f"{name}_day": day.day, f"{name}_month": day.month, f"{name}_year": day.year}


def _form(**overrides) -> dict:
    data = {
        "name": "Stay Well This Winter 2027",
        "objective": "More over-65s get the flu jab",
        "priority": "high",
        "national_campaign": "Stay Well This Winter",
        "key_messages": "A: get your jab\nB: pharmacies first",
        "channels": ["x", "facebook"],
        **_dates("starts_on", datetime.date(2027, 10, 1)),
        **_dates("ends_on", datetime.date(2028, 2, 28)),
        "status": "planned",
        "rag": "green",
        "submission_token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


@pytest.fixture
def shared(ccg_a, ccg_b):
    return CampaignFactory(ccg=ccg_a, name="Winter together", shared_with=[ccg_b])


def test_a_shared_campaign_is_listed_in_the_lead_and_in_each_sharing_ccg(
    client, comms_a, comms_b, shared
):
    outsider = member(ccg=CcgFactory(name="NHS Gamma CCG"), role="Comms team")
    for user, seen in ((comms_a, True), (comms_b, True), (outsider, False)):
        client.force_login(user)
        body = client.get(reverse("campaigns:campaign_list")).content.decode()
        assert ("Winter together" in body) is seen, user


def test_a_sharing_ccgs_member_reads_with_the_role_they_hold_there(client, ccg_b, shared):
    staff_b = member(ccg=ccg_b, role="Staff")
    governor_b = member(ccg=ccg_b, role="Governing body")
    detail = reverse("campaigns:campaign_detail", args=[shared.pk])
    client.force_login(staff_b)
    assert client.get(detail).status_code == 404  # Staff read no campaigns: not even that it exists
    client.force_login(governor_b)
    assert client.get(detail).status_code == 200
    assert client.get(reverse("campaigns:campaign_edit", args=[shared.pk])).status_code == 403


def test_only_the_lead_ccgs_comms_team_edits_a_shared_campaign(client, comms_a, comms_b, shared):
    edit = reverse("campaigns:campaign_edit", args=[shared.pk])
    client.force_login(comms_b)
    assert client.get(edit).status_code == 403
    response = client.post(edit, _form(name="Taken over", version=shared.version))
    assert response.status_code == 403
    shared.refresh_from_db()
    assert shared.name == "Winter together"
    client.force_login(comms_a)
    assert client.get(edit).status_code == 200


def test_another_ccgs_campaign_not_shared_is_not_found(client, comms_a, ccg_b):
    theirs = CampaignFactory(ccg=ccg_b)
    client.force_login(comms_a)
    assert client.get(reverse("campaigns:campaign_detail", args=[theirs.pk])).status_code == 404


def test_it_plans_a_campaign_shared_with_another_of_the_users_ccgs(client, ccg_a, ccg_b):
    user = member(ccg=ccg_a, role="Comms team")
    member(ccg=ccg_b, role="Comms team", user=user)
    over_65s = SegmentFactory(ccg=ccg_a, name="Over 65s")
    client.force_login(user)
    url = reverse("campaigns:campaign_add") + f"?ccg={ccg_a.pk}"
    data = _form(
        audiences=[over_65s.pk], shared_with=[ccg_b.pk], owner="", paid="on", budget="2000"
    )
    first = client.post(url, data)
    again = client.post(url, data)  # a double click
    campaign = Campaign.objects.get()
    assert first.status_code == 302 and again.url == first.url
    assert campaign.ccg == ccg_a
    assert list(campaign.shared_with.all()) == [ccg_b]
    assert list(campaign.audiences.all()) == [over_65s]
    assert campaign.channels == ["x", "facebook"]
    assert campaign.budget == Decimal("2000")


def test_it_refuses_an_end_before_the_start(client, comms_a):
    client.force_login(comms_a)
    data = _form(**_dates("ends_on", datetime.date(2027, 9, 30)))
    response = client.post(reverse("campaigns:campaign_add"), data)
    assert response.status_code == 200
    assert response.context["form"].errors["ends_on"] == [
        "The end date must be on or after the start date."
    ]
    assert not Campaign.objects.exists()


def test_it_refuses_spend_over_budget_until_confirmed(client, comms_a):
    client.force_login(comms_a)
    url = reverse("campaigns:campaign_add")
    data = _form(paid="on", budget="1000", spend="1250.50")
    response = client.post(url, data)
    assert response.context["form"].errors["spend"] == [
        "Spend of £1,250.50 is over the budget of £1,000.00. "
        "Check the figure, or confirm that it is right."
    ]
    assert not Campaign.objects.exists()
    client.post(url, {**data, "spend_confirmed": "on"})
    assert Campaign.objects.get().spend == Decimal("1250.50")


def test_an_edit_keeps_a_ccg_the_editor_was_not_offered(client, comms_a, shared):
    before = shared.version
    client.force_login(comms_a)  # Comms team in A only: B is not offered to them
    response = client.post(
        reverse("campaigns:campaign_edit", args=[shared.pk]),
        _form(name="Winter together 2027", version=before),
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.name == "Winter together 2027"
    assert [c.name for c in shared.shared_with.all()] == ["NHS Beta CCG"]
    assert shared.version == before + 1


def test_each_ccg_writes_and_reads_only_its_own_local_notes(client, comms_a, comms_b, shared):
    CampaignNoteFactory(campaign=shared, ccg=shared.ccg, notes="Alpha: market towns")
    client.force_login(comms_b)
    note_url = reverse(
        "campaigns:campaign_note", args=[shared.pk, comms_b.memberships.get().ccg_id]
    )
    assert (
        client.get(reverse("campaigns:campaign_note", args=[shared.pk, shared.ccg_id])).status_code
        == 403
    )
    data = {"notes": "Beta: pharmacies on the coast", "submission_token": str(uuid.uuid4())}
    assert client.post(note_url, data).status_code == 302
    body = client.get(reverse("campaigns:campaign_detail", args=[shared.pk])).content.decode()
    assert "Beta: pharmacies on the coast" in body and "Alpha: market towns" not in body
    assert CampaignNote.objects.filter(campaign=shared).count() == 2


def test_the_campaign_list_asks_a_bounded_number_of_queries(
    client, comms_a, ccg_a, ccg_b, django_assert_max_num_queries
):
    for _ in range(15):
        CampaignFactory(ccg=ccg_a, shared_with=[ccg_b])
    client.force_login(comms_a)
    client.get(reverse("campaigns:campaign_list"))
    with django_assert_max_num_queries(14):
        response = client.get(reverse("campaigns:campaign_list"))
    assert response.status_code == 200
