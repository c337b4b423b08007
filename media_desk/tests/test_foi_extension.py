"""The public interest extension (s.10(3)) through the item's page: only for a qualified
exemption, the requester told by the original deadline, a second deadline of 20 further working
days (the FOI policy's number) on the FOI calendar, with its own reminders, kept on refresh."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import Notification
from core.tests.forms_read import post_once, token_of
from media_desk import reminders
from media_desk.models import SlaDeadline
from media_desk.models.deadlines import DeadlineName
from media_desk.services import (
    enquiry_respond,
    enquiry_sign_off,
    enquiry_update,
    foi_extension_record,
)
from media_desk.tests.factories import (
    CitedExemptionFactory,
    FoiDecisionFactory,
    SlaPolicyFactory,
    foi_request,
    london,
)

pytestmark = pytest.mark.django_db

# Monday: 20 FOI working days (St Andrew's Day, 30 Nov, is not one) end Tuesday 15 December.
RECEIVED = london(2026, 11, 16, 10, 0)
ORIGINAL_DUE = london(2026, 12, 15, 23, 59, 59)
# 20 more: Christmas Day, the Boxing Day substitute (28 Dec), New Year's Day and Scotland's
# 2 January substitute (4 Jan) are not FOI working days.
EXTENDED_DUE = london(2027, 1, 18, 23, 59, 59)
TOLD = {"day": "30", "month": "11", "year": "2026", "time": "16:00"}


@pytest.fixture
def foi(ccg_a, comms_a):
    return foi_request(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED, owner=comms_a)


def _told(when: dict) -> dict:
    return {f"extension-requester_told_of_extension_at_{k}": v for k, v in when.items()}


def _extend(client, foi, when=TOLD):
    url = reverse("media_desk:step", args=[foi.pk, "foi-extension"])
    detail = reverse("media_desk:enquiry_detail", args=[foi.pk])
    return post_once(
        client,
        url,
        _told(when),
        page=detail,
        having="extension-requester_told_of_extension_at_day",
    )


def _deadlines(foi) -> dict[str, SlaDeadline]:
    return {d.name: d for d in SlaDeadline.objects.filter(enquiry=foi)}


def test_the_field_names_match_the_date_time_widget(client, comms_a, foi):
    client.force_login(comms_a)
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    page = client.get(reverse("media_desk:enquiry_detail", args=[foi.pk])).content.decode()
    for part in TOLD:
        assert f'name="extension-requester_told_of_extension_at_{part}"' in page


def test_an_extension_for_a_qualified_exemption_adds_a_second_deadline(client, comms_a, foi):
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi), public_interest_for="")
    client.force_login(comms_a)

    response = _extend(client, foi)

    assert response.status_code == 302
    deadlines = _deadlines(foi)
    original, extension = deadlines[DeadlineName.RESPONSE], deadlines[DeadlineName.EXTENSION]
    assert original.due_at == ORIGINAL_DUE
    assert original.answered_at == london(2026, 11, 30, 16, 0)  # told by then: met
    assert original.next_reminder_at is None
    assert extension.due_at == EXTENDED_DUE
    assert extension.answered_at is None
    assert extension.next_reminder_at == extension.warn_at  # its own reminders armed
    foi.refresh_from_db()
    assert foi.next_due_at == EXTENDED_DUE
    detail = client.get(reverse("media_desk:enquiry_detail", args=[foi.pk])).content.decode()
    assert "Public interest extension" in detail
    assert "20 further working days after the original response deadline" in detail
    assert "extended for the public interest test: the requester was told on" in detail
    assert "Response extended for the public interest test (s.10(3))" in detail  # timeline


def test_the_extension_deadline_sends_its_own_reminders(client, comms_a, foi):
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    client.force_login(comms_a)
    _extend(client, foi)
    extension = _deadlines(foi)[DeadlineName.EXTENSION]

    assert reminders.reminders_send_due(now=extension.warn_at) == 1

    messages = Notification.objects.filter(user=comms_a).values_list("message", flat=True)
    assert list(messages) == [f"Public interest extension due soon: {foi}"]


def test_the_number_of_days_comes_from_the_ccgs_foi_policy(client, comms_a, ccg_a, foi):
    SlaPolicyFactory(ccg=ccg_a, kind="foi", response_amount=20, extension_working_days=5)
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    client.force_login(comms_a)

    _extend(client, foi)

    assert _deadlines(foi)[DeadlineName.EXTENSION].due_at == london(2026, 12, 22, 23, 59, 59)


def test_the_extension_is_offered_only_for_a_qualified_exemption(client, comms_a, foi):
    cited = CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi), section="40(2)")
    client.force_login(comms_a)
    detail = reverse("media_desk:enquiry_detail", args=[foi.pk])

    assert "Extend for the public interest test" not in client.get(detail).content.decode()
    cited.section = "43"
    cited.save()
    assert "Extend for the public interest test" in client.get(detail).content.decode()


def test_no_extension_without_a_qualified_exemption(client, comms_a, foi):
    cited = CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    client.force_login(comms_a)
    url = reverse("media_desk:step", args=[foi.pk, "foi-extension"])
    detail = reverse("media_desk:enquiry_detail", args=[foi.pk])
    token = token_of(client, detail, having="extension-submission_token")
    cited.section = "40(2)"  # changed to an absolute exemption after the page was opened
    cited.save()

    response = client.post(url, {**_told(TOLD), **token})

    assert response.status_code == 400
    assert "An extension is only for weighing the public interest" in response.content.decode()
    assert DeadlineName.EXTENSION not in _deadlines(foi)


def test_no_extension_without_a_decision(foi):
    with pytest.raises(ValidationError) as refused:
        foi_extension_record(enquiry=foi, told_at=london(2026, 11, 30, 16, 0))
    assert "exemptions" in refused.value.message_dict
    assert DeadlineName.EXTENSION not in _deadlines(foi)


def test_the_requester_must_be_told_by_the_original_deadline(client, comms_a, ccg_a):
    late = foi_request(ccg=ccg_a, logged_by=comms_a, received_at=london(2026, 10, 1, 10, 0))
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=late))
    client.force_login(comms_a)

    response = _extend(client, late, {"day": "5", "month": "11", "year": "2026", "time": "9:00"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "The requester must be told by the original deadline" in page
    assert 'href="#id_extension-requester_told_of_extension_at' in page
    assert 'value="5"' in page  # what was typed is kept
    assert DeadlineName.EXTENSION not in _deadlines(late)


def test_a_telling_in_the_future_is_refused(client, comms_a, foi):
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    client.force_login(comms_a)

    response = _extend(client, foi, {"day": "1", "month": "1", "year": "2099", "time": "9:00"})

    assert response.status_code == 400
    assert "cannot have been told in the future" in response.content.decode()


def test_refreshes_keep_the_extension_right(client, comms_a, foi):
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    client.force_login(comms_a)
    _extend(client, foi)

    foi.refresh_from_db()
    enquiry_update(enquiry=foi, data={"subject": "Agency staff, 2025"}, version=None)
    assert _deadlines(foi)[DeadlineName.EXTENSION].due_at == EXTENDED_DUE
    enquiry_sign_off(enquiry=foi, signed_off_by="Director of Finance", response="Withheld.")
    enquiry_respond(enquiry=foi, response="Withheld.")

    answered = _deadlines(foi)[DeadlineName.EXTENSION]
    assert answered.answered_at == foi.responded_at is not None
    assert answered.next_reminder_at is None


def test_another_ccgs_user_cannot_extend(client, comms_b, foi):
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    client.force_login(comms_b)
    url = reverse("media_desk:step", args=[foi.pk, "foi-extension"])

    assert client.post(url, _told(TOLD)).status_code == 404
    assert DeadlineName.EXTENSION not in _deadlines(foi)
