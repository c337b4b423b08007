import pytest
from django.core.management import call_command
from django.utils import timezone

from campaigns import selectors
from campaigns.models import ActionItem, ChannelFigures, ContentApproval, ContentItem
from media_desk.models import PressRelease

pytestmark = pytest.mark.django_db


def test_the_demo_has_content_with_approvals_a_press_release_actions_and_figures():
    call_command("load_demo_data")
    counts = [
        m.objects.count()
        for m in (ContentItem, ContentApproval, ActionItem, ChannelFigures, PressRelease)
    ]
    call_command("load_demo_data")
    assert [
        m.objects.count()
        for m in (ContentItem, ContentApproval, ActionItem, ChannelFigures, PressRelease)
    ] == counts

    release = PressRelease.objects.exclude(content=None).first()
    assert (release.content.channel, release.content.status) == ("press", "approved")
    assert set(ContentItem.objects.values_list("status", flat=True)) == {
        "draft",
        "awaiting_approval",
        "approved",
        "scheduled",
        "published",
    }
    red = selectors.with_rag_now(ActionItem.objects.all(), today=timezone.localdate())
    assert red.filter(title="Send campaign pack to GP practices", rag_now="red").count() == 2
    assert ChannelFigures.objects.filter(channel="facebook").count() == 12  # 6 months, 2 CCGs
