"""The approver hears of a submission at once (in the portal and by e-mail), once per
submission: a second post of the same submission sends nothing, a resubmission after an edit
sends again."""

import pytest
from django.urls import reverse

from accounts.models import Notification
from accounts.tests.factories import member
from accounts.tests.outbox import delivered
from campaigns import services
from campaigns.models import ContentStatus
from core.tests.forms_read import token_of

from .factories import ContentItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def approver_a(ccg_a):
    return member(ccg=ccg_a, role="Comms team")


def _notices(user):
    return list(Notification.objects.filter(user=user).values_list("message", "link"))


def test_submitting_through_the_page_tells_the_approver_in_the_portal_and_by_email(
    client, ccg_a, comms_a, approver_a
):
    item = ContentItemFactory(ccg=ccg_a, title="Flu jab tweet", copy="Get your flu jab.")
    client.force_login(comms_a)
    detail = reverse("campaigns:content_detail", args=[item.pk])
    submit = reverse("campaigns:content_submit", args=[item.pk])
    token = token_of(client, detail, having="approver")

    response = client.post(submit, {**token, "approver": approver_a.pk})

    assert response.status_code == 302
    [(message, link)] = _notices(approver_a)
    assert message.startswith(f"{comms_a} asks you to approve: Flu jab tweet")
    assert link == detail
    [email] = delivered()
    assert email.to == [approver_a.email]
    assert "Flu jab tweet" in email.subject and detail in email.body


def test_a_second_post_of_the_same_submission_sends_nothing_more(
    client, ccg_a, comms_a, approver_a
):
    item = ContentItemFactory(ccg=ccg_a)
    client.force_login(comms_a)
    detail = reverse("campaigns:content_detail", args=[item.pk])
    submit = reverse("campaigns:content_submit", args=[item.pk])
    first = {**token_of(client, detail, having="approver"), "approver": approver_a.pk}
    second = {**token_of(client, detail, having="approver"), "approver": approver_a.pk}

    assert client.post(submit, first).status_code == 302
    assert client.post(submit, first).status_code == 302  # the same post again
    assert client.post(submit, second).status_code == 302  # a second tab, the same submission

    assert len(_notices(approver_a)) == 1
    assert len(delivered()) == 1


def test_the_service_called_twice_for_one_submission_notifies_once(ccg_a, approver_a):
    item = ContentItemFactory(ccg=ccg_a)
    services.content_submit_for_approval(item=item, approver=approver_a)
    version = item.version
    services.content_submit_for_approval(item=item, approver=approver_a)

    assert item.version == version  # nothing changed, nothing saved
    assert len(_notices(approver_a)) == 1


def test_a_resubmission_after_an_edit_notifies_again(ccg_a, approver_a):
    item = ContentItemFactory(ccg=ccg_a, copy="First words.")
    services.content_submit_for_approval(item=item, approver=approver_a)
    services.content_update(item=item, data={"copy": "Better words."}, version=item.version)
    services.content_submit_for_approval(item=item, approver=approver_a)

    assert len(_notices(approver_a)) == 2
    assert len(delivered()) == 2


def test_asking_another_approver_tells_them(ccg_a, approver_a, comms_a):
    item = ContentItemFactory(ccg=ccg_a)
    services.content_submit_for_approval(item=item, approver=approver_a)
    services.content_submit_for_approval(item=item, approver=comms_a)

    assert (len(_notices(approver_a)), len(_notices(comms_a))) == (1, 1)


def test_new_words_on_approved_content_go_back_to_the_approver_with_a_notice(ccg_a, approver_a):
    item = ContentItemFactory(ccg=ccg_a, copy="Old words.")
    services.content_submit_for_approval(item=item, approver=approver_a)
    services.content_approve(item=item, by=approver_a)
    item.refresh_from_db()

    services.content_update(item=item, data={"copy": "New words."}, version=item.version)

    assert item.status == ContentStatus.AWAITING_APPROVAL
    messages = [message for message, _ in _notices(approver_a)]
    assert len(messages) == 2 and messages[1].startswith("Waiting for your approval")


def test_a_refused_submission_tells_nobody(ccg_a, governor_a):
    item = ContentItemFactory(ccg=ccg_a)
    with pytest.raises(Exception, match="approve"):
        services.content_submit_for_approval(item=item, approver=governor_a)
    assert Notification.objects.count() == 0


def test_another_ccgs_user_cannot_submit_and_nobody_hears(client, ccg_a, comms_b, approver_a):
    item = ContentItemFactory(ccg=ccg_a)
    client.force_login(comms_b)
    submit = reverse("campaigns:content_submit", args=[item.pk])

    response = client.post(submit, {"approver": approver_a.pk})

    assert response.status_code in (403, 404)
    assert Notification.objects.count() == 0
    item.refresh_from_db()
    assert item.status == ContentStatus.DRAFT
