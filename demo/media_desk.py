"""Demo items on the media desk, received relative to the first load so their clocks are live:
enquiries, FOI requests (demo/foi.py), lines to take, corrections asked of the press and the
MPs' quarterly briefings."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import Ccg, User
from media_desk import services as desk
from media_desk.models import (
    BriefingSchedule,
    Coverage,
    Enquiry,
    LineToTake,
    MpBriefing,
    Spokesperson,
)
from media_desk.services import sla_policies_ensure
from media_desk.services.briefings import mp_briefings_make_due, quarter_of
from stakeholders.models import Contact

from . import data, desk_data
from .foi import foi_demo_load


def media_desk_demo_load(*, ccgs: dict[str, Ccg]) -> None:
    for ccg in ccgs.values():
        sla_policies_ensure(ccg=ccg)
    for code, name, title, topics, trained in data.SPOKESPEOPLE:
        Spokesperson.objects.get_or_create(
            ccg=ccgs[code],
            name=name,
            defaults={"job_title": title, "topics": topics, "media_trained": trained},
        )
    comms = User.objects.get(email="comms@demo.nhs.uk")
    for code, kind, subject, hours_ago, requester, logged_by, details in data.ENQUIRIES:
        if Enquiry.objects.filter(ccg=ccgs[code], subject=subject).exists():
            continue
        contact = Contact.objects.filter(ccg=ccgs[code], email=requester).first()
        enquiry = Enquiry(
            ccg=ccgs[code],
            kind=kind,
            subject=subject,
            details=details,
            received_at=timezone.now() - timedelta(hours=hours_ago),
            requester_contact=contact,
            requester_name="" if contact else requester,
            requester_outlet=contact.organisation.name if contact and contact.organisation else "",
            owner=comms if logged_by == comms.email else None,
        )
        desk.enquiry_log(enquiry=enquiry, logged_by=User.objects.get(email=logged_by))
    _holding_statements(ccgs=ccgs, by=comms)
    foi_demo_load(ccgs=ccgs, by=comms)
    _lines_to_take(ccgs=ccgs, by=comms)
    _corrections(ccgs=ccgs, by=comms)
    _mp_briefings(by=comms)


def _holding_statements(*, ccgs: dict[str, Ccg], by: User) -> None:
    """A media enquiry's optional first step: a holding statement (sent once, not on re-runs)."""
    for code, subject, minutes, text in data.HOLDING_STATEMENTS:
        enquiry = Enquiry.objects.filter(ccg=ccgs[code], subject=subject).first()
        if enquiry is None or enquiry.holding_sent_at:
            continue
        enquiry._history_user = by
        desk.enquiry_send_holding_reply(
            enquiry=enquiry, text=text, at=enquiry.received_at + timedelta(minutes=minutes)
        )


def _lines_to_take(*, ccgs: dict[str, Ccg], by: User) -> None:
    """The library of approved lines, one shared by both CCGs and one expired."""
    today = timezone.localdate()
    for code, topic, text, shared, signed_days_ago, valid_days in desk_data.LINES_TO_TAKE:
        if LineToTake.objects.filter(ccg=ccgs[code], topic=topic).exists():
            continue
        fields = {
            "topic": topic,
            "text": text,
            "signed_off_by": by,
            "signed_off_on": today - timedelta(days=signed_days_ago),
            "valid_until": today + timedelta(days=valid_days),
            "shared_with": [ccgs[c] for c in shared],
        }
        desk.line_create(ccg=ccgs[code], data=fields, by=by)


def _corrections(*, ccgs: dict[str, Ccg], by: User) -> None:
    """Coverage that got something wrong, and the correction asked: one made, one pending."""
    today = timezone.localdate()
    for row in desk_data.CORRECTIONS:
        code, outlet, headline, published, tone, wrong, asked, of, requested, outcome, on = row
        if Coverage.objects.filter(ccg=ccgs[code], headline=headline).exists():
            continue
        coverage = desk.register_add(
            item=Coverage(
                ccg=ccgs[code],
                outlet=outlet,
                headline=headline,
                published_on=today - timedelta(days=published),
                tone=tone,
            ),
            by=by,
        )
        correction = desk.correction_request(
            coverage=coverage,
            data={
                "what_is_wrong": wrong,
                "correction_asked": asked,
                "requested_of": of,
                "requested_on": today - timedelta(days=requested),
            },
            by=by,
        )
        if on is not None:
            outcome_on = today - timedelta(days=on)
            desk.correction_update(
                correction=correction,
                data={"outcome": outcome, "outcome_on": outcome_on},
                version=None,
            )


def _mp_briefings(*, by: User) -> None:
    """Quarterly briefings: the first MP's began last quarter (held, with notes), so this
    quarter's is the next due; the second's begin this quarter."""
    today = timezone.localdate()
    this_quarter, _ = quarter_of(today)
    last_quarter, _ = quarter_of(this_quarter - timedelta(days=1))
    for email, held_notes in desk_data.BRIEFED_MPS:
        contact = Contact.objects.get(email=email)
        if BriefingSchedule.objects.filter(contact=contact).exists():
            continue
        starts = last_quarter if held_notes else this_quarter
        schedule = desk.briefing_schedule_start(contact=contact, starts_on=starts, owner=by, by=by)
        if held_notes:
            mp_briefings_make_due(today=last_quarter, schedules=[schedule])
            briefing = MpBriefing.objects.get(schedule=schedule, quarter_start=last_quarter)
            held_on = min(last_quarter + timedelta(days=40), today)
            desk.mp_briefing_record_held(
                briefing=briefing, held_on=held_on, notes=held_notes, by=by
            )
