"""A user of CCG A can never list, open, edit or export anything of CCG B."""

import pytest
from django.urls import reverse

from campaigns.tests.factories import AwarenessDayFactory
from stakeholders.tests.factories import ContactFactory


@pytest.fixture
def records(ccg_a, ccg_b):
    return {
        "contact_a": ContactFactory(ccg=ccg_a, last_name="Alphason"),
        "contact_b": ContactFactory(ccg=ccg_b, last_name="Betamann", email="secret.b@example.org"),
        "day_a": AwarenessDayFactory(ccg=ccg_a, name="Alpha awareness day"),
        "day_b": AwarenessDayFactory(ccg=ccg_b, name="Beta awareness day"),
    }


@pytest.mark.parametrize(
    "url_name, hidden",
    [
        ("stakeholders:contact_list", "Betamann"),
        ("campaigns:awareness_day_list", "Beta awareness day"),
    ],
)
def test_lists_show_only_the_users_ccgs(client, comms_a, records, url_name, hidden):
    client.force_login(comms_a)
    body = client.get(reverse(url_name)).content.decode()
    assert hidden not in body
    assert "Alpha" in body


@pytest.mark.parametrize(
    "url_name, args, hidden",
    [
        ("stakeholders:contact_export", ["csv"], "Betamann"),
        ("stakeholders:contact_export", ["xlsx"], "Betamann"),
        ("campaigns:awareness_day_export", ["csv"], "Beta awareness day"),
    ],
)
def test_exports_hold_only_the_users_ccgs(client, comms_a, records, url_name, args, hidden):
    client.force_login(comms_a)
    response = client.get(reverse(url_name, args=args))
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if args == ["xlsx"]:
        from io import BytesIO

        from openpyxl import load_workbook

        cells = [
            c
            for row in load_workbook(BytesIO(body)).active.iter_rows(values_only=True)
            for c in row
        ]
        assert "Betamann" not in cells and "Alphason" in cells
    else:
        assert hidden.encode() not in body and b"Alpha" in body


def test_another_ccgs_contact_cannot_be_opened(client, comms_a, records):
    client.force_login(comms_a)
    url = reverse("stakeholders:contact_detail", args=[records["contact_b"].pk])
    assert client.get(url).status_code == 404


def test_another_ccgs_contact_cannot_be_edited(client, comms_a, records):
    client.force_login(comms_a)
    contact = records["contact_b"]
    url = reverse("stakeholders:contact_edit", args=[contact.pk])
    assert client.get(url).status_code == 404
    response = client.post(url, {"first_name": "Hacked", "last_name": "X", "kind": "stakeholder"})
    assert response.status_code == 404
    contact.refresh_from_db()
    assert contact.first_name != "Hacked"


def test_search_does_not_reach_another_ccg(client, comms_a, records):
    client.force_login(comms_a)
    response = client.get(reverse("stakeholders:contact_list"), {"q": "secret.b"})
    assert b"Betamann" not in response.content


def test_role_in_one_ccg_does_not_carry_to_another(client, ccg_a, ccg_b, records):
    from accounts.tests.factories import member

    user = member(ccg=ccg_a, role="Comms team")
    member(ccg=ccg_b, role="Staff", user=user)
    client.force_login(user)
    body = client.get(reverse("stakeholders:contact_list")).content.decode()
    assert "Alphason" in body and "Betamann" not in body
    detail = reverse("stakeholders:contact_detail", args=[records["contact_b"].pk])
    assert client.get(detail).status_code == 404


def test_switcher_narrows_pages_to_one_ccg(client, ccg_a, ccg_b, records):
    from accounts.tests.factories import member

    user = member(ccg=ccg_a, role="Comms team")
    member(ccg=ccg_b, role="Comms team", user=user)
    client.force_login(user)
    both = client.get(reverse("stakeholders:contact_list")).content.decode()
    assert "Alphason" in both and "Betamann" in both
    client.post(reverse("ccg_switch"), {"ccg": ccg_b.pk, "next": "/"})
    only_b = client.get(reverse("stakeholders:contact_list")).content.decode()
    assert "Betamann" in only_b and "Alphason" not in only_b


def test_switcher_refuses_a_ccg_the_user_is_not_in(client, comms_a, ccg_b, records):
    client.force_login(comms_a)
    client.post(reverse("ccg_switch"), {"ccg": ccg_b.pk})
    body = client.get(reverse("stakeholders:contact_list")).content.decode()
    assert "Betamann" not in body and "Alphason" in body


def test_switcher_ignores_an_offsite_next(client, comms_a):
    client.force_login(comms_a)
    response = client.post(reverse("ccg_switch"), {"next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_anonymous_users_are_sent_to_login(client, records):
    for url in [reverse("stakeholders:contact_list"), reverse("campaigns:awareness_day_list")]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/")


# Shared records (a campaign "written once"): read in the lead CCG and each CCG it is shared
# with, with the role held there; changed with the lead CCG's roles only.


@pytest.fixture
def shared_campaign(ccg_a, ccg_b):
    from campaigns.tests.factories import CampaignFactory

    return CampaignFactory(ccg=ccg_a, name="Shared winter", shared_with=[ccg_b])


def test_a_shared_record_is_visible_in_each_of_its_ccgs_once(ccg_a, ccg_b, shared_campaign):
    from accounts.scoping import Scope, owning_ccg_ids, writing_ccg_ids
    from campaigns.models import Campaign
    from campaigns.tests.factories import CampaignFactory

    CampaignFactory(ccg=ccg_b, name="Beta's own", shared_with=[ccg_a])
    reader = Scope(
        permissions={
            ccg_a.pk: frozenset({"campaigns.view_campaign"}),
            ccg_b.pk: frozenset({"campaigns.view_campaign"}),
        }
    )
    names = list(
        Campaign.objects.visible_to(reader).order_by("name").values_list("name", flat=True)
    )
    assert names == ["Beta's own", "Shared winter"]  # once each, though shared both ways
    b_only = Scope(
        permissions={ccg_b.pk: frozenset({"campaigns.view_campaign", "campaigns.change_campaign"})}
    )
    assert [c.name for c in Campaign.objects.visible_to(b_only).order_by("name")] == [
        "Beta's own",
        "Shared winter",
    ]
    assert [c.name for c in Campaign.objects.visible_to(b_only, "change")] == ["Beta's own"]
    assert owning_ccg_ids(shared_campaign) == {ccg_a.pk, ccg_b.pk}
    assert writing_ccg_ids(shared_campaign) == {ccg_a.pk}


def test_a_sharing_ccgs_comms_team_may_read_but_not_change_a_shared_record(
    comms_a, comms_b, shared_campaign
):
    assert comms_b.has_perm("campaigns.view_campaign", shared_campaign)
    assert not comms_b.has_perm("campaigns.change_campaign", shared_campaign)
    assert comms_a.has_perm("campaigns.change_campaign", shared_campaign)


def test_a_sharing_ccgs_administrator_sees_a_shared_record_in_the_admin_but_cannot_change_it(
    client, ccg_b, shared_campaign
):
    from accounts.tests.factories import member

    admin_b = member(ccg=ccg_b, role="Administrator")
    client.force_login(admin_b)
    listing = client.get(reverse("admin:campaigns_campaign_changelist"))
    assert list(listing.context["cl"].queryset) == [shared_campaign]
    change = reverse("admin:campaigns_campaign_change", args=[shared_campaign.pk])
    page = client.get(change)
    assert page.status_code == 200 and not page.context["has_change_permission"]
