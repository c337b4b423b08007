"""Demo engagement: events, "you said, we did", consultations. Each record is keyed on a
natural key (a title, a text), so a second load finds everything and writes nothing."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import Ccg, Locality, User
from engagement import services
from engagement.models import (
    ChecklistItem,
    Consultation,
    Event,
    Feedback,
    Programme,
    Theme,
)
from stakeholders.models import Segment
from stakeholders.services import segment_create

from . import data


def engagement_demo_load(*, ccgs: dict[str, Ccg]) -> None:
    comms = User.objects.get(email="comms@demo.nhs.uk")
    for ccg in ccgs.values():
        for name in data.ENGAGEMENT_THEMES:
            if not Theme.objects.for_ccgs([ccg.pk]).filter(name=name).exists():
                services.theme_create(ccg=ccg, name=name)
        for name in data.SELDOM_HEARD_GROUPS:
            if not Segment.objects.for_ccgs([ccg.pk]).filter(name__iexact=name).exists():
                segment_create(ccg=ccg, data={"name": name, "kind": "seldom_heard"})
    for code, name in data.ENGAGEMENT_PROGRAMMES:
        if not Programme.objects.for_ccgs([ccgs[code].pk]).filter(name=name).exists():
            services.programme_create(ccg=ccgs[code], name=name)
    for row in data.ENGAGEMENT_EVENTS:
        _event(ccgs[row[0]], row, comms)
    for row in data.ENGAGEMENT_FEEDBACK:
        _feedback(ccgs[row[0]], row, comms)
    for row in data.ENGAGEMENT_CONSULTATIONS:
        _consultation(ccgs[row[0]], row, comms)


def _event(ccg: Ccg, row, comms: User) -> None:
    _, title, kind, place, days, hours, venue, capacity, attendance, reached = row
    if Event.objects.for_ccgs([ccg.pk]).filter(title=title).exists():
        return
    starts = (timezone.now() + timedelta(days=days)).replace(hour=18, minute=0, second=0)
    event = services.event_create(
        ccg=ccg,
        data={
            "title": title,
            "kind": kind,
            "locality": Locality.objects.get(ccg=ccg, name=place),
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=hours),
            "venue": venue,
            "venue_capacity": capacity,
            "accessibility": "Step-free access, hearing loop, easy read materials on request",
            "organiser": comms,
            "attendance": attendance,
            "seldom_heard_reached": list(
                Segment.objects.for_ccgs([ccg.pk]).filter(name__in=reached)
            ),
        },
        by=comms,
    )
    if title in data.ENGAGEMENT_EQUALITY:
        services.event_equality_record(event=event, counts=data.ENGAGEMENT_EQUALITY[title])


def _feedback(ccg: Ccg, row, comms: User) -> None:
    _, event_title, source, days, themes, sentiment, text, email, we_did, publish = row
    if Feedback.objects.for_ccgs([ccg.pk]).filter(text=text).exists():
        return
    event = Event.objects.for_ccgs([ccg.pk]).filter(title=event_title).first()
    feedback = services.feedback_record(
        ccg=ccg,
        data={
            "text": text,
            "source": source,
            "event": event,
            "received_on": timezone.localdate() - timedelta(days=days),
            "themes": list(Theme.objects.for_ccgs([ccg.pk]).filter(name__in=themes)),
            "sentiment": sentiment,
            "contributor_email": email,
            "wants_feedback": bool(email),
        },
        by=comms,
    )
    if not we_did:
        return
    status = "done" if publish else "in_progress"
    data_ = {"you_said": text, "we_did": we_did, "status": status, "owner": comms}
    response = services.response_create(feedback=feedback, data=data_, by=comms)
    if publish:
        services.response_publish(response=response, by=comms)


def _consultation(ccg: Ccg, row, comms: User) -> None:
    _, title, programme, days, weeks, summary, published = row
    if Consultation.objects.for_ccgs([ccg.pk]).filter(title=title).exists():
        return
    opens = timezone.localdate() + timedelta(days=days)
    consultation = services.consultation_create(
        ccg=ccg,
        data={
            "title": title,
            "summary": summary,
            "programme": Programme.objects.for_ccgs([ccg.pk]).get(name=programme),
            "opens_on": opens,
            "closes_on": opens + timedelta(weeks=weeks),
            "owner": comms,
        },
        by=comms,
    )
    items = list(ChecklistItem) if published else list(ChecklistItem)[:4]
    for item in items:
        done = consultation.closes_on + timedelta(days=7) if item == "eia_after" else opens
        if done > timezone.localdate():
            continue
        services.consultation_check_record(
            consultation=consultation,
            item=item,
            done_on=done,
            evidence="Recorded in the minutes.",
            by=comms,
        )
    if published:
        services.consultation_report_save(
            version=None,
            consultation=consultation,
            data={
                "decision_maker": "Governing Body",
                "decision_on": consultation.closes_on + timedelta(days=45),
                "decision": "One urgent treatment centre in Bootle, open 8am to 10pm every day.",
                "report_heard": "512 people responded. Most wanted evening opening and a "
                "centre they could reach by one bus.",
                "report_changed": "We extended the proposed opening hours from 8pm to 10pm and "
                "chose the Bootle site on the 53 bus route.",
            },
        )
        services.consultation_report_publish(consultation=consultation, by=comms)
