"""Quarterly MP briefings: starting a schedule, recording a briefing held, and the daily job's
work (the quarter's briefing made for each active schedule; "due soon" and "overdue" reminders
sent once each through accounts.notifications)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.notifications import notification_send_once
from stakeholders.models import Contact, ContactKind

from ..models import BriefingSchedule, MpBriefing

DUE_SOON_DAYS = 14  # "due soon" two weeks before the quarter ends
OVERDUE_LOOKBACK_DAYS = 100


def quarter_of(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The calendar quarter holding `day` (also a financial-year quarter): first and last day."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = day.replace(month=first_month, day=1)
    after = datetime.date(start.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    return start, after - datetime.timedelta(days=1)


@transaction.atomic
def briefing_schedule_start(
    *, contact: Contact, starts_on: datetime.date, owner: User | None, by: User
) -> BriefingSchedule:
    """Quarterly briefings for an MP, the first due in the quarter of `starts_on` (made now
    when that quarter has begun; the daily job makes each later one)."""
    if contact.kind != ContactKind.MP:
        raise ValidationError({"contact": "Quarterly briefings are for MPs."})
    if BriefingSchedule.objects.filter(contact=contact).exists():
        raise ValidationError({"starts_on": f"{contact} already has quarterly briefings."})
    schedule = BriefingSchedule(
        contact=contact, ccg_id=contact.ccg_id, starts_on=starts_on, owner=owner, created_by=by
    )
    schedule.full_clean()
    schedule._history_user = by
    schedule.save()
    mp_briefings_make_due(today=timezone.localdate(), schedules=[schedule])
    return schedule


@transaction.atomic
def mp_briefing_record_held(
    *, briefing: MpBriefing, held_on: datetime.date, notes: str, by: User
) -> MpBriefing:
    if held_on < briefing.quarter_start - datetime.timedelta(days=31):
        raise ValidationError(
            {"held_on": "The date held is too early for this quarter's briefing."}
        )
    briefing.held_on, briefing.notes = held_on, notes
    briefing.full_clean()
    briefing._history_user = by
    briefing.save()
    return briefing


def mp_briefings_make_due(*, today: datetime.date, schedules=None) -> int:
    """This quarter's briefing for each active schedule that has started; idempotent (one a
    quarter per schedule). Returns how many were made."""
    start, end = quarter_of(today)
    if schedules is None:
        schedules = BriefingSchedule.objects.filter(active=True, starts_on__lte=end)
    started = [s for s in schedules if s.active and quarter_of(s.starts_on)[0] <= today]
    made = set(
        MpBriefing.objects.filter(quarter_start=start, schedule__in=started).values_list(
            "schedule_id", flat=True
        )
    )
    created = 0
    for schedule in started:
        if schedule.pk in made:
            continue
        # One at a time, so each has its history; a run at the same moment (the job's lock
        # prevents one) would meet the unique constraint, which get_or_create answers.
        _, new = MpBriefing.objects.get_or_create(
            schedule=schedule,
            quarter_start=start,
            defaults={"ccg_id": schedule.ccg_id, "due_on": end},
        )
        created += new
    return created


def _due_reminders(today: datetime.date):
    """Briefings not held whose due-soon window has opened, with what each needs to say."""
    return (
        MpBriefing.objects.filter(
            held_on__isnull=True,
            schedule__active=True,
            due_on__lte=today + datetime.timedelta(days=DUE_SOON_DAYS),
            # Last quarter's at the oldest: each reminder is sent once, so older ones are done.
            due_on__gte=today - datetime.timedelta(days=OVERDUE_LOOKBACK_DAYS),
        )
        .select_related("schedule__contact", "schedule__owner", "ccg__comms_lead")
        .order_by("due_on", "pk")
    )


def mp_briefing_reminders_send(*, today: datetime.date) -> int:
    """ "Due soon" to the owner (else the comms lead) once per briefing; "overdue" to both
    once per briefing after its quarter. The notification key makes each once-only."""
    sent = 0
    for briefing in _due_reminders(today):
        overdue = today > briefing.due_on
        kind = "overdue" if overdue else "due-soon"
        owner = briefing.schedule.owner or briefing.ccg.comms_lead
        people = [p for p in (owner, briefing.ccg.comms_lead if overdue else None) if p]
        what = "overdue" if overdue else f"due by {briefing.due_on:%-d %b %Y}"
        sent += notification_send_once(
            key=f"media_desk.mp_briefing:{briefing.pk}:{kind}",
            recipients=people,
            ccg=briefing.ccg,
            message=f"Quarterly briefing for {briefing.schedule.contact} {what}",
            url_name="media_desk:mp_detail",
            url_args=[briefing.schedule.contact_id],
        )
    return sent


def mp_briefings_daily(*, today: datetime.date) -> dict[str, int]:
    """The daily job's work: make this quarter's briefings, then send the reminders due."""
    return {
        "made": mp_briefings_make_due(today=today),
        "reminded": mp_briefing_reminders_send(today=today),
    }
