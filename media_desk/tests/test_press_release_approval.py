"""Press releases go through the campaign calendar's one approval path."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from campaigns import services as content_services
from campaigns.models import ContentStatus
from core.tests.forms_read import post_once
from media_desk import services
from media_desk.models import PressRelease
from media_desk.tests.factories import PressReleaseFactory

pytestmark = pytest.mark.django_db


def _release(ccg, by, **kwargs):
    release = PressReleaseFactory.build(ccg=ccg, summary="The CCG urges flu jabs.", **kwargs)
    return services.press_release_save(release=release, by=by)


def test_a_press_release_is_a_draft_on_the_press_release_channel(ccg_a, comms_a):
    release = _release(ccg_a, comms_a, issued_on=datetime.date(2026, 11, 2))
    content = release.content
    assert (content.channel, content.status, content.copy, content.title) == (
        "press",
        ContentStatus.DRAFT,
        "The CCG urges flu jabs.",
        release.title,
    )
    assert content.planned_at == datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)


def test_a_press_release_cannot_be_issued_unapproved(ccg_a, comms_a):
    release = _release(ccg_a, comms_a)
    with pytest.raises(ValidationError) as refused:
        services.press_release_issue(release=release)
    assert refused.value.messages == [content_services.NOT_APPROVED]
    release.content.refresh_from_db()
    assert release.content.status == ContentStatus.DRAFT


def test_an_approved_press_release_is_issued(ccg_a, comms_a):
    release = _release(ccg_a, comms_a)
    content_services.content_submit_for_approval(item=release.content, approver=comms_a)
    approval = content_services.content_approve(item=release.content, by=comms_a)
    services.press_release_issue(release=release)
    release.content.refresh_from_db()
    assert release.content.status == ContentStatus.PUBLISHED
    assert approval.copy == "The CCG urges flu jabs."


def test_new_words_on_an_approved_release_send_it_back_for_approval(ccg_a, comms_a):
    release = _release(ccg_a, comms_a)
    content_services.content_submit_for_approval(item=release.content, approver=comms_a)
    content_services.content_approve(item=release.content, by=comms_a)
    release.refresh_from_db()
    release.summary = "The CCG urges flu jabs now."
    services.press_release_save(release=release, by=comms_a)
    release.content.refresh_from_db()
    assert (release.content.status, release.content.copy) == (
        ContentStatus.AWAITING_APPROVAL,
        "The CCG urges flu jabs now.",
    )
    with pytest.raises(ValidationError):
        services.press_release_issue(release=release)


def test_the_register_page_makes_the_content_item_and_shows_its_approval(client, comms_a, ccg_a):
    client.force_login(comms_a)
    release = {
        "ccg": ccg_a.pk,
        "title": "Stay well this winter",
        "issued_on_day": "2",
        "issued_on_month": "11",
        "issued_on_year": "2026",
        "summary": "Stay well this winter: get your flu jab.",
        "take_up": "0",
    }
    response = post_once(
        client, reverse("media_desk:register_add", args=["press-releases"]), release
    )
    assert response.status_code == 302
    saved = PressRelease.objects.get()
    assert saved.content.copy == "Stay well this winter: get your flu jab."
    body = client.get(reverse("media_desk:register_list", args=["press-releases"])).content.decode()
    detail = reverse("campaigns:content_detail", args=[saved.content_id])
    assert f'<a href="{detail}">Draft' in body


def test_the_register_page_refuses_changing_a_published_releases_words(client, comms_a, ccg_a):
    saved = _release(ccg_a, comms_a)
    content_services.content_submit_for_approval(item=saved.content, approver=comms_a)
    content_services.content_approve(item=saved.content, by=comms_a)
    services.press_release_issue(release=saved)
    client.force_login(comms_a)
    post = {
        "ccg": ccg_a.pk,
        "title": saved.title,
        "issued_on_day": "2",
        "issued_on_month": "11",
        "issued_on_year": "2026",
        "summary": "Other words.",
        "take_up": "0",
        "version": saved.version,
    }
    response = client.post(
        reverse("media_desk:register_edit", args=["press-releases", saved.pk]), post
    )
    assert response.status_code == 200
    assert "This content has been published: its copy stays." in response.content.decode()
    saved.content.refresh_from_db()
    assert saved.content.copy == "The CCG urges flu jabs."
