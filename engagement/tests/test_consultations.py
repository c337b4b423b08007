"""A consultation runs 12 weeks unless a reason is recorded, goes through the statutory
checklist (duty to involve, EIA before and after, OSC, Gunning, the four tests), and ends with a
decision and a report published on the public pages."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.tests.forms_read import post_once
from engagement import services
from engagement.models import ChecklistItem, Consultation
from stakeholders.tests.factories import StakeholderMapFactory

pytestmark = pytest.mark.django_db

OPENS, CLOSES = datetime.date(2026, 6, 1), datetime.date(2026, 8, 24)  # 12 weeks


def dated(prefix: str, day: datetime.date) -> dict:
    return {
        f"{prefix}_day": str(day.day),
        f"{prefix}_month": str(day.month),
        f"{prefix}_year": str(day.year),
    }


def plan(**extra) -> dict:
    return {
        "title": "Future of the Bootle walk-in centre",
        "summary": "We propose to move the walk-in centre into the new health hub.",
        **dated("opens_on", OPENS),
        **dated("closes_on", CLOSES),
        "statutory_basis": "s14z2",
        **extra,
    }


def consultation_of(ccg, by, **fields) -> Consultation:
    data = {
        "title": "Urgent care review",
        "summary": "Two urgent treatment centres instead of three walk-in centres.",
        "opens_on": OPENS,
        "closes_on": CLOSES,
        **fields,
    }
    return services.consultation_create(ccg=ccg, data=data, by=by)


def test_a_consultation_of_12_weeks_is_planned(client, comms_a, ccg_a):
    stakeholder_map = StakeholderMapFactory(ccg=ccg_a, purpose="consultation")
    client.force_login(comms_a)
    response = post_once(
        client, reverse("engagement:consultation_add"), plan(stakeholder_map=stakeholder_map.pk)
    )
    consultation = Consultation.objects.get()
    assert response["Location"] == reverse("engagement:consultation_detail", args=[consultation.pk])
    assert (
        consultation.length_display == "12 weeks"
        and consultation.stakeholder_map == stakeholder_map
    )
    assert consultation.closing_reminder_on == datetime.date(2026, 8, 17)
    assert consultation.report_due_on > CLOSES


def test_shorter_than_12_weeks_needs_a_recorded_reason(client, comms_a, ccg_a):
    client.force_login(comms_a)
    short = plan(**dated("closes_on", datetime.date(2026, 7, 13)))
    body = post_once(client, reverse("engagement:consultation_add"), short).content.decode()
    assert "This consultation runs for 6 weeks, less than 12 weeks." in body
    assert 'href="#id_shortened_reason"' in body and "new health hub" in body
    assert not Consultation.objects.exists()
    post_once(
        client,
        reverse("engagement:consultation_add"),
        {**short, "shortened_reason": "The lease ends in September."},
    )
    assert Consultation.objects.get().is_shortened


def test_closing_before_opening_is_refused(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = post_once(
        client,
        reverse("engagement:consultation_add"),
        plan(**dated("closes_on", datetime.date(2026, 5, 1))),
    ).content.decode()
    assert "The closing date must be after the opening date." in body
    assert not Consultation.objects.exists()


def test_another_ccgs_stakeholder_map_is_refused(ccg_a, ccg_b, comms_a):
    with pytest.raises(ValidationError, match="stakeholder map of the same CCG"):
        consultation_of(ccg_a, comms_a, stakeholder_map=StakeholderMapFactory(ccg=ccg_b))


@pytest.mark.parametrize(
    "item, done_on, message",
    [
        ("eia_before", datetime.date(2026, 6, 2), "must be done by the day it opens, 1 June 2026"),
        ("eia_after", datetime.date(2026, 8, 1), "on or after the day it closes, 24 August 2026"),
        ("osc_informed", datetime.date(2099, 1, 1), "The date cannot be in the future."),
    ],
)
def test_checklist_dates_that_cannot_be_right_are_refused(
    client, comms_a, ccg_a, item, done_on, message
):
    consultation = consultation_of(ccg_a, comms_a)
    client.force_login(comms_a)
    url = reverse("engagement:consultation_check", args=[consultation.pk, item])
    body = client.post(url, {**dated("done_on", done_on), "evidence": "Paper to the board"})
    assert message in body.content.decode() and "Paper to the board" in body.content.decode()
    assert not consultation.checks.exists()


def test_the_decision_must_come_after_the_consultation_closes(ccg_a, comms_a):
    consultation = consultation_of(ccg_a, comms_a)
    with pytest.raises(ValidationError, match="must come after the consultation closes"):
        services.consultation_report_save(
            version=None,
            consultation=consultation,
            data={"decision_on": datetime.date(2026, 8, 20)},
        )


def test_a_consultation_runs_through_its_checklist_to_a_published_report(client, comms_a, ccg_a):
    consultation = consultation_of(ccg_a, comms_a)
    client.force_login(comms_a)
    publish = reverse("engagement:consultation_publish", args=[consultation.pk])
    refused = client.post(publish, follow=True).content.decode()
    assert (
        "The statutory checklist is not complete" in refused
        and "Record the decision date." in refused
    )
    for item in ChecklistItem:
        done = CLOSES + datetime.timedelta(days=3) if item == "eia_after" else OPENS
        url = reverse("engagement:consultation_check", args=[consultation.pk, item.value])
        assert (
            client.post(url, {**dated("done_on", done), "evidence": "Minutes"}).status_code == 302
        )
    report = {
        "decision_maker": "Governing Body",
        **dated("decision_on", datetime.date(2026, 10, 8)),
        "decision": "Two urgent treatment centres, open 8am to 10pm.",
        "report_heard": "412 people responded; most wanted evening opening.",
        "report_changed": "Opening hours were extended to 10pm.",
    }
    consultation.refresh_from_db()
    report["version"] = consultation.version  # the form carries the version it was opened at
    client.post(reverse("engagement:consultation_report", args=[consultation.pk]), report)
    done = client.post(publish, follow=True).content.decode()
    assert "The consultation report is on the public pages." in done
    public = client.get(reverse("public_engagement:consultation", args=[consultation.pk]))
    assert "Opening hours were extended to 10pm." in public.content.decode()
    client.logout()
    listing = client.get(reverse("public_engagement:consultations")).content.decode()
    assert "Urgent care review" in listing


def test_an_unpublished_report_is_not_public(client, ccg_a, comms_a):
    consultation = consultation_of(ccg_a, comms_a, report_heard="Secret draft findings")
    url = reverse("public_engagement:consultation", args=[consultation.pk])
    assert client.get(url).status_code == 404
    assert (
        "Secret draft"
        not in client.get(reverse("public_engagement:consultations")).content.decode()
    )


def test_the_governing_body_reads_consultations_but_changes_nothing(
    client, governor_a, comms_a, ccg_a
):
    consultation = consultation_of(ccg_a, comms_a)
    client.force_login(governor_a)
    detail = reverse("engagement:consultation_detail", args=[consultation.pk])
    assert client.get(detail).status_code == 200
    edit = reverse("engagement:consultation_edit", args=[consultation.pk])
    assert client.get(edit).status_code == 403
