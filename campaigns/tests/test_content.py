"""Content items: planning per channel, the one approval path, and their pages."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.tests.factories import member
from campaigns import services
from campaigns.models import ContentApproval, ContentItem, ContentStatus
from core.tests.forms_read import form_data, post_once

from .factories import CampaignFactory, ContentItemFactory

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


@pytest.fixture
def approver_a(ccg_a):
    return member(ccg=ccg_a, role="Comms team")


def _awaiting(ccg, approver, **kwargs):
    item = ContentItemFactory(ccg=ccg, **kwargs)
    return services.content_submit_for_approval(item=item, approver=approver)


def test_the_comms_team_holds_the_approval_permission_and_other_roles_do_not(
    ccg_a, comms_a, governor_a, staff_a, admin_a
):
    from campaigns.selectors import content_approvers

    assert list(content_approvers(ccg=ccg_a)) == [comms_a]


def test_it_refuses_asking_someone_without_the_permission_to_approve(ccg_a, governor_a):
    item = ContentItemFactory(ccg=ccg_a)
    with pytest.raises(ValidationError) as refused:
        services.content_submit_for_approval(item=item, approver=governor_a)
    assert refused.value.message_dict == {
        "approver": ["Choose someone who may approve content in this CCG."]
    }
    item.refresh_from_db()
    assert item.status == ContentStatus.DRAFT


def test_it_refuses_an_approver_of_another_ccg(ccg_a, comms_b):
    item = ContentItemFactory(ccg=ccg_a)
    with pytest.raises(ValidationError):
        services.content_submit_for_approval(item=item, approver=comms_b)


def test_approving_keeps_the_words_approved_and_who_approved_them(ccg_a, approver_a):
    item = _awaiting(ccg_a, approver_a, copy="Flu jabs at the pharmacy.")
    approval = services.content_approve(item=item, by=approver_a)
    item.refresh_from_db()
    assert item.status == ContentStatus.APPROVED
    assert item.approver == approver_a
    assert (approval.copy, approval.approved_by) == ("Flu jabs at the pharmacy.", approver_a)
    history = [h.status for h in item.history.order_by("history_date")]
    assert history == ["draft", "awaiting_approval", "approved"]


def test_it_refuses_approval_by_a_role_without_the_permission(ccg_a, approver_a, governor_a):
    item = _awaiting(ccg_a, approver_a)
    with pytest.raises(ValidationError, match="your role does not allow it"):
        services.content_approve(item=item, by=governor_a)
    assert ContentApproval.objects.count() == 0


def test_it_refuses_publishing_unapproved_content(ccg_a, approver_a):
    draft = ContentItemFactory(ccg=ccg_a)
    awaiting = _awaiting(ccg_a, approver_a)
    for item in (draft, awaiting):
        with pytest.raises(ValidationError) as refused:
            services.content_publish(item=item)
        assert refused.value.messages == [services.NOT_APPROVED]
        item.refresh_from_db()
        assert (item.status, item.published_at) in [
            (ContentStatus.DRAFT, None),
            (ContentStatus.AWAITING_APPROVAL, None),
        ]


def test_approved_content_is_scheduled_then_published(ccg_a, approver_a):
    item = _awaiting(ccg_a, approver_a)
    services.content_approve(item=item, by=approver_a)
    services.content_schedule(item=item)
    at = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    published = services.content_publish(item=item, at=at)
    assert (published.status, published.published_at) == (ContentStatus.PUBLISHED, at)


def test_editing_approved_copy_sends_it_back_for_approval(ccg_a, approver_a):
    item = _awaiting(ccg_a, approver_a, copy="Old words.")
    services.content_approve(item=item, by=approver_a)
    item.refresh_from_db()
    services.content_update(item=item, data={"copy": "New words."}, version=item.version)
    item.refresh_from_db()
    assert (item.status, item.approver) == (ContentStatus.AWAITING_APPROVAL, approver_a)
    with pytest.raises(ValidationError):
        services.content_publish(item=item)


def test_editing_the_title_of_approved_content_keeps_it_approved(ccg_a, approver_a):
    item = _awaiting(ccg_a, approver_a)
    services.content_approve(item=item, by=approver_a)
    item.refresh_from_db()
    services.content_update(item=item, data={"title": "Renamed"}, version=item.version)
    item.refresh_from_db()
    assert item.status == ContentStatus.APPROVED


def test_published_copy_cannot_change(ccg_a, approver_a):
    item = _awaiting(ccg_a, approver_a, copy="Published words.")
    services.content_approve(item=item, by=approver_a)
    services.content_publish(item=item)
    item.refresh_from_db()
    with pytest.raises(ValidationError):
        services.content_update(item=item, data={"copy": "Other words."}, version=item.version)


def test_a_date_outside_the_campaign_needs_confirmation(ccg_a, comms_a):
    campaign = CampaignFactory(
        ccg=ccg_a, starts_on=datetime.date(2026, 11, 1), ends_on=datetime.date(2027, 2, 28)
    )
    data = {
        "title": "Too early",
        "channel": "x",
        "planned_at": datetime.datetime(2026, 10, 20, 9, 0, tzinfo=UTC),
        "copy": "Winter is coming.",
        "campaign": campaign,
    }
    with pytest.raises(ValidationError) as refused:
        services.content_create(ccg=ccg_a, data=data, by=comms_a)
    assert refused.value.error_dict["planned_at"][0].code == services.OUTSIDE_CAMPAIGN
    assert ContentItem.objects.count() == 0

    item = services.content_create(ccg=ccg_a, data=data, by=comms_a, confirm_outside_campaign=True)
    assert item.campaign == campaign


def test_it_refuses_a_campaign_of_another_ccg(ccg_a, ccg_b, comms_a):
    data = {
        "title": "Wrong campaign",
        "channel": "x",
        "planned_at": datetime.datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        "campaign": CampaignFactory(ccg=ccg_b),
    }
    with pytest.raises(ValidationError) as refused:
        services.content_create(ccg=ccg_a, data=data, by=comms_a)
    assert list(refused.value.message_dict) == ["campaign"]


# Pages


def test_the_list_filters_by_channel_and_status(
    client, ccg_a, ccg_b, comms_a, django_assert_max_num_queries
):
    ContentItemFactory(ccg=ccg_a, title="Facebook draft", channel="facebook")
    ContentItemFactory(ccg=ccg_a, title="Radio draft", channel="radio")
    ContentItemFactory(ccg=ccg_b, title="Other CCG's post", channel="radio")
    client.force_login(comms_a)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("campaigns:content_list"), {"channel": "radio"})
    html = page.content.decode()
    assert "Radio draft" in html
    assert "Facebook draft" not in html and "Other CCG" not in html
    html = client.get(reverse("campaigns:content_list"), {"status": "approved"}).content.decode()
    assert "No content matches." in html


def test_planning_content_through_the_page(client, ccg_a, comms_a):
    client.force_login(comms_a)
    url = reverse("campaigns:content_add")
    opened = form_data(client.get(url).content.decode(), having="submission_token")
    data = {
        **opened,
        "title": "Flu clinic post",
        "channel": "instagram",
        "planned_at_day": "8",
        "planned_at_month": "12",
        "planned_at_year": "2026",
        "planned_at_time": "09:30",
        "copy": "Flu clinic on Saturday.",
    }
    response = client.post(url, data)
    item = ContentItem.objects.get()
    assert response["Location"] == reverse("campaigns:content_detail", args=[item.pk])
    assert (item.title, item.channel, item.status, item.created_by) == (
        "Flu clinic post",
        "instagram",
        "draft",
        comms_a,
    )


def test_the_page_refuses_publishing_unapproved_content_with_a_clear_error(client, ccg_a, comms_a):
    item = ContentItemFactory(ccg=ccg_a)
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("campaigns:content_action", args=[item.pk, "publish"]),
        {},
        page=reverse("campaigns:content_detail", args=[item.pk]),
    )
    assert response.status_code == 400
    assert "This content has not been approved, so it cannot be published." in (
        response.content.decode()
    )
    item.refresh_from_db()
    assert item.status == ContentStatus.DRAFT


def test_the_approval_path_through_the_pages(
    client, ccg_a, comms_a, approver_a, django_assert_max_num_queries
):
    item = ContentItemFactory(ccg=ccg_a, copy="Self care this winter.")
    client.force_login(comms_a)
    detail = reverse("campaigns:content_detail", args=[item.pk])
    submit = reverse("campaigns:content_submit", args=[item.pk])
    post_once(client, submit, {"approver": approver_a.pk}, page=detail, having="approver")
    client.force_login(approver_a)
    post_once(
        client, reverse("campaigns:content_action", args=[item.pk, "approve"]), {}, page=detail
    )
    with django_assert_max_num_queries(15):
        page = client.get(reverse("campaigns:content_detail", args=[item.pk]))
    html = page.content.decode()
    assert f"<strong>{approver_a.full_name}</strong> approved on" in html
    assert "Self care this winter." in html
    item.refresh_from_db()
    assert item.status == ContentStatus.APPROVED


def test_the_governing_body_reads_content_but_cannot_approve_it(
    client, ccg_a, governor_a, approver_a
):
    item = _awaiting(ccg_a, approver_a)
    client.force_login(governor_a)
    assert client.get(reverse("campaigns:content_detail", args=[item.pk])).status_code == 200
    response = client.post(reverse("campaigns:content_action", args=[item.pk, "approve"]))
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.status == ContentStatus.AWAITING_APPROVAL


def test_another_ccgs_content_is_not_found(client, ccg_b, comms_a):
    item = ContentItemFactory(ccg=ccg_b)
    client.force_login(comms_a)
    assert client.get(reverse("campaigns:content_detail", args=[item.pk])).status_code == 404
    assert (
        client.post(reverse("campaigns:content_action", args=[item.pk, "publish"])).status_code
        == 404
    )
