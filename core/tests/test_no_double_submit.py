"""No double submit: a create form's one-time token is claimed in the create's transaction, so
the same post sent twice (at once, or 300 ms apart) creates one record and both answers lead
to it."""

import threading
import time
import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.concurrency import submissions_purge
from core.models import Submission
from media_desk.models import Enquiry
from media_desk.tests.test_views import media_call

from .forms_read import form_data

LOG = reverse("media_desk:log", args=["media"])


def _opened_log_form(client, ccg) -> dict:
    opened = form_data(client.get(LOG).content.decode(), having="submission_token")
    return {**opened, **media_call(ccg)}


# Two real transactions; the rollback restores what migrations wrote (roles) for later tests.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_identical_posts_at_the_same_instant_create_one_enquiry(staff_a, ccg_a):
    clients = [Client(), Client()]
    for client in clients:
        client.force_login(staff_a)
    data = _opened_log_form(clients[0], ccg_a)
    start, answers = threading.Barrier(2), [None, None]

    def send(i: int) -> None:
        start.wait()
        answers[i] = clients[i].post(LOG, data)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    enquiry = Enquiry.objects.get()  # exactly one
    target = reverse("media_desk:my_enquiry", args=[enquiry.pk])
    assert [a.status_code for a in answers] == [302, 302]
    assert [a["Location"] for a in answers] == [target, target]


@pytest.mark.django_db
def test_a_repeat_300_ms_later_answers_with_the_first_enquiry(client, staff_a, ccg_a):
    client.force_login(staff_a)
    data = _opened_log_form(client, ccg_a)

    first = client.post(LOG, data)
    time.sleep(0.3)
    again = client.post(LOG, data, follow=True)

    enquiry = Enquiry.objects.get()
    assert first["Location"] == again.redirect_chain[0][0]
    assert again.redirect_chain[0][0] == reverse("media_desk:my_enquiry", args=[enquiry.pk])
    assert "That was sent twice; it was saved once" in again.content.decode()


@pytest.mark.django_db
def test_a_refused_create_frees_its_token_for_the_corrected_form(client, staff_a, ccg_a):
    client.force_login(staff_a)
    data = _opened_log_form(client, ccg_a)
    refused = client.post(LOG, {**data, "subject": ""})
    assert refused.status_code == 200 and Enquiry.objects.count() == 0
    kept = form_data(refused.content.decode(), having="submission_token")
    assert kept["submission_token"] == data["submission_token"]  # the same form, sent again

    assert client.post(LOG, data).status_code == 302
    assert Enquiry.objects.count() == 1


@pytest.mark.django_db
def test_each_opening_of_the_form_has_its_own_token(client, staff_a, ccg_a):
    client.force_login(staff_a)
    first, second = _opened_log_form(client, ccg_a), _opened_log_form(client, ccg_a)
    assert first["submission_token"] != second["submission_token"]
    client.post(LOG, first)
    client.post(LOG, second)
    assert Enquiry.objects.count() == 2  # two calls logged on purpose are two items


@pytest.mark.django_db
def test_someone_elses_token_leads_nowhere(client, staff_a, ccg_a):
    from accounts.tests.factories import member

    client.force_login(staff_a)
    data = _opened_log_form(client, ccg_a)
    client.post(LOG, data)
    client.force_login(member(ccg=ccg_a, role="Staff"))

    answer = client.post(LOG, data)

    assert answer.status_code == 200
    assert "This form has already been sent" in answer.content.decode()
    assert Enquiry.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, data",
    [
        (
            "stakeholders:contact_create",
            {"kind": "stakeholder", "first_name": "Ann", "last_name": "Lee"},
        ),
        ("stakeholders:organisation_create", {"name": "Sefton CVS", "type": "gp_practice"}),
        (
            "campaigns:content_add",
            {
                "title": "Flu jab post",
                "channel": "facebook",
                "planned_at_day": "7",
                "planned_at_month": "12",
                "planned_at_year": "2026",
                "planned_at_time": "10:00",
            },
        ),
        (
            "engagement:feedback_add",
            {
                "text": "Parking is hard.",
                "source": "survey",
                "received_on_day": "14",
                "received_on_month": "10",
                "received_on_year": "2026",
            },
        ),
    ],
)
def test_other_create_forms_create_once_too(client, comms_a, ccg_a, url, data):
    client.force_login(comms_a)
    page = client.get(reverse(url))
    opened = form_data(page.content.decode(), having="submission_token")
    first = client.post(reverse(url), {**opened, **data})
    html = first.content.decode()
    assert first.status_code == 302, html[html.find("error-summary__list") :][:600]
    again = client.post(reverse(url), {**opened, **data})
    assert again["Location"] == first["Location"]
    assert Submission.objects.count() == 1


@pytest.mark.django_db
def test_tokens_older_than_a_day_are_purged(staff_a):
    now = timezone.now()
    old = Submission.objects.create(token=uuid.uuid4(), user=staff_a, result_url="/a/")
    Submission.objects.filter(pk=old.pk).update(created_at=now - timedelta(days=1, minutes=1))
    recent = Submission.objects.create(token=uuid.uuid4(), user=staff_a, result_url="/b/")

    assert submissions_purge(now=now) == 1
    assert list(Submission.objects.all()) == [recent]


def test_the_purge_runs_every_night():
    from ccgcomms.schedules import BEAT_SCHEDULE

    assert BEAT_SCHEDULE["submission-tokens-purge"]["task"] == "core.purge_submissions"


def _create_pages(ccg, user) -> dict[str, list]:
    """Every create page with the arguments of its URL."""
    from campaigns.tests.factories import CampaignFactory
    from engagement.tests.factories import FeedbackFactory, ThemeFactory
    from media_desk.tests.factories import CoverageFactory
    from stakeholders.tests.factories import ContactFactory, OrganisationFactory

    contact, organisation = ContactFactory(ccg=ccg), OrganisationFactory(ccg=ccg)
    return {
        "media_desk:log": ["media"],
        "media_desk:register_add": ["coverage"],
        "media_desk:line_add": [],
        "media_desk:correction_add": [CoverageFactory(ccg=ccg).pk],
        "media_desk:briefing_schedule_add": [ContactFactory(ccg=ccg, kind="mp").pk],
        "stakeholders:contact_create": [],
        "stakeholders:organisation_create": [],
        "stakeholders:segment_create": [],
        "stakeholders:map_create": [],
        "stakeholders:list_create": [],
        "stakeholders:subscription_create": [contact.pk],
        "stakeholders:contact_interaction_create": [contact.pk],
        "stakeholders:organisation_interaction_create": [organisation.pk],
        "stakeholders:contact_map_add": [contact.pk],
        "stakeholders:organisation_map_add": [organisation.pk],
        "engagement:event_add": [],
        "engagement:feedback_add": [],
        "engagement:theme_add": [],
        "engagement:programme_add": [],
        "engagement:consultation_add": [],
        "engagement:response_add_for_feedback": [FeedbackFactory(ccg=ccg, recorded_by=user).pk],
        "engagement:response_add_for_theme": [ThemeFactory(ccg=ccg).pk],
        "campaigns:campaign_add": [],
        "campaigns:awareness_day_add": [],
        "campaigns:meeting_add": [],
        "campaigns:content_add": [],
        "campaigns:action_add": [],
        "campaigns:evaluation_measure_add": [CampaignFactory(ccg=ccg).pk],
        "campaigns:evaluation_lesson_add": [CampaignFactory(ccg=ccg).pk],
        "campaigns:figures_add": [],
        "campaigns:figures_import": [],
        "campaigns:figures_import_platform": [],
    }


# Create pages without a token, each with the reason. A new create page fails
# `test_every_create_page_carries_a_token` until it has one or is listed here.
NO_TOKEN = {
    "stakeholders:import_create": "an upload makes a job the user confirms or cancels",
    "engagement:report_job_create": "report_job_request hands back the job already on its way",
}


def _is_create(name: str) -> bool:
    return name.endswith(("_create", "_add")) or "_add_" in name or name == "media_desk:log"


@pytest.mark.django_db
def test_every_create_page_carries_a_token(client, admin_a, comms_a, ccg_a):
    from .test_no_lost_update import _url_names

    pages = _create_pages(ccg_a, comms_a)
    creates = {n for n in _url_names() if _is_create(n) and not n.startswith("admin:")}
    assert creates - set(pages) - set(NO_TOKEN) == set(), "a create page to guard or list"
    assert set(NO_TOKEN) <= creates
    client.force_login(comms_a)
    for name, args in pages.items():
        page = client.get(reverse(name, args=args))
        assert page.status_code == 200, name
        assert 'name="submission_token"' in page.content.decode(), name


@pytest.mark.django_db
def test_a_step_sent_twice_is_recorded_once(client, comms_a, ccg_a):
    from media_desk.tests.factories import logged_enquiry

    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    detail = reverse("media_desk:enquiry_detail", args=[enquiry.pk])
    client.force_login(comms_a)
    html = client.get(detail).content.decode()
    step = reverse("media_desk:step", args=[enquiry.pk, "close"])
    close = form_data(html, having="close-closure_note")

    assert client.post(step, {**close, "close-closure_note": "Done."})["Location"] == detail
    again = client.post(step, {**close, "close-closure_note": "Done."})

    assert again["Location"] == detail  # not "This item is already closed."


@pytest.mark.django_db
def test_a_referral_to_foi_sent_twice_makes_one_foi_request(client, comms_a, ccg_a):
    from media_desk.tests.factories import logged_enquiry

    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    html = client.get(reverse("media_desk:enquiry_detail", args=[enquiry.pk])).content.decode()
    refer_url = reverse("media_desk:refer_to_foi", args=[enquiry.pk])
    start = html.index(f'action="{refer_url}"')
    refer = form_data(html[start - 40 :], having="submission_token")

    first = client.post(refer_url, refer)
    again = client.post(refer_url, refer)

    assert Enquiry.objects.filter(kind="foi").count() == 1
    assert (
        again["Location"]
        == first["Location"]
        != reverse("media_desk:enquiry_detail", args=[enquiry.pk])
    )


@pytest.mark.django_db
def test_a_post_without_a_token_creates_nothing_and_asks_to_send_it_again(client, staff_a, ccg_a):
    client.force_login(staff_a)
    data = _opened_log_form(client, ccg_a)
    del data["submission_token"]

    refused = client.post(LOG, data)

    assert refused.status_code == 200 and Enquiry.objects.count() == 0
    page = refused.content.decode()
    assert "This form was already sent or has expired" in page
    shown = form_data(page, having="submission_token")
    assert shown["subject"] == [data["subject"]]  # what they typed is kept
    assert shown["submission_token"][0]  # with a new token: sending it again goes through
    assert client.post(LOG, shown).status_code == 302
    assert Enquiry.objects.count() == 1


@pytest.mark.django_db
def test_a_broken_token_is_refused_like_a_missing_one(client, staff_a, ccg_a):
    client.force_login(staff_a)
    data = {**_opened_log_form(client, ccg_a), "submission_token": "not-a-token"}

    refused = client.post(LOG, data)

    assert refused.status_code == 200 and Enquiry.objects.count() == 0
    page = refused.content.decode()
    assert "This form was already sent or has expired" in page
    assert "Enter a valid UUID" not in page
    shown = form_data(page, having="submission_token")
    assert uuid.UUID(shown["submission_token"][0])


@pytest.mark.django_db
def test_every_create_page_refuses_a_post_without_its_token(client, comms_a, ccg_a):
    pages = _create_pages(ccg_a, comms_a)
    client.force_login(comms_a)
    for name, args in pages.items():
        url = reverse(name, args=args)
        opened = form_data(client.get(url).content.decode(), having="submission_token")
        del opened["submission_token"]

        refused = client.post(url, opened)

        assert refused.status_code == 200, name
        assert "This form was already sent or has expired" in refused.content.decode(), name
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_a_step_or_a_referral_without_a_token_is_not_recorded(client, comms_a, ccg_a):
    from media_desk.tests.factories import logged_enquiry

    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    step = reverse("media_desk:step", args=[enquiry.pk, "close"])

    refused = client.post(step, {"close-closure_note": "Done."})
    referred = client.post(reverse("media_desk:refer_to_foi", args=[enquiry.pk]), follow=True)

    assert refused.status_code == 400
    assert "This form was already sent or has expired" in refused.content.decode()
    assert "This form was already sent or has expired" in referred.content.decode()
    enquiry.refresh_from_db()
    assert enquiry.closed_at is None
    assert Enquiry.objects.filter(kind="foi").count() == 0
