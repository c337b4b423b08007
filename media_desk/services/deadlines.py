"""Turns an item's rules and dates into its deadlines, using the working-time engine.

`enquiry_deadlines_refresh` is called by every service that changes a date the deadlines depend
on. It stores each deadline with its explanation (so the detail page shows how it was worked out)
and re-arms the reminders of any deadline whose due instant moved."""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from accounts.calendars import foi_calendar, organisation_calendar
from accounts.models import Ccg
from working_time import (
    ClockStop,
    Deadline,
    Rule,
    Unit,
    WorkingCalendar,
    compute_deadline,
    deadline_from_requester,
    format_instant,
    warning_starts,
)

from ..models import Enquiry, FoiDecision, Kind, SlaDeadline
from ..models.deadlines import DeadlineName
from ..models.policy import CalendarKind

REVIEW_DAYS, REVIEW_EXTENDED_DAYS = 20, 40


def calendar_for(*, ccg: Ccg, calendar: str) -> WorkingCalendar:
    # FOI counts working days on the UK-wide calendar (docs/specs/working-time.md).
    if calendar == CalendarKind.FOI:
        return foi_calendar()
    return organisation_calendar(ccg=ccg)


@dataclass(frozen=True)
class Worked:
    name: str
    deadline: Deadline
    unit: Unit
    answered_at: datetime | None
    calendar: WorkingCalendar


def _stops(enquiry: Enquiry) -> list[ClockStop]:
    stops = []
    if enquiry.clarification_requested_at and not enquiry.clarification_received_at:
        stops.append(
            ClockStop(start=enquiry.clarification_requested_at, reason="awaiting clarification")
        )
    if enquiry.fees_notice_at:
        stops.append(ClockStop(start=enquiry.fees_notice_at, end=enquiry.fee_received_at))
    return stops


def worked_deadlines(*, enquiry: Enquiry) -> list[Worked]:
    calendar = calendar_for(ccg=enquiry.ccg, calendar=enquiry.calendar)
    # FOI clarification restarts the clock from the day the clarification arrives.
    start = enquiry.clarification_received_at or enquiry.received_at
    stops, worked = _stops(enquiry), []
    if enquiry.holding_amount:
        rule = Rule("holding", enquiry.holding_amount, enquiry.holding_unit)
        deadline = compute_deadline(rule=rule, received=start, calendar=calendar, stops=stops)
        worked.append(Worked("holding", deadline, rule.unit, enquiry.holding_sent_at, calendar))
    if enquiry.response_amount:
        rule = Rule("response", enquiry.response_amount, enquiry.response_unit)
        deadline = compute_deadline(
            rule=rule,
            received=start,
            calendar=calendar,
            requester_deadline=enquiry.requester_deadline,
            stops=stops,
        )
        worked.append(Worked("response", deadline, rule.unit, enquiry.responded_at, calendar))
    elif enquiry.requester_deadline:
        deadline = deadline_from_requester(
            received=start, requester_deadline=enquiry.requester_deadline
        )
        unit = (
            Unit.WORKING_HOURS
            if enquiry.calendar == CalendarKind.ORGANISATION
            else Unit.WORKING_DAYS
        )
        worked.append(Worked("response", deadline, unit, enquiry.responded_at, calendar))
    if enquiry.kind == Kind.FOI and enquiry.pk is not None:  # a request not yet logged has none
        worked = _with_extension(enquiry, worked)
    if enquiry.review_requested_at:
        worked.append(_review(enquiry))
    return worked


def _with_extension(enquiry: Enquiry, worked: list[Worked]) -> list[Worked]:
    """s.10(3): a public interest extension adds its working days after the original response
    deadline, on the FOI calendar. Telling the requester by the original deadline is what the
    Act asks by then, so that deadline is answered by it; the response is due by the new one."""
    decision = FoiDecision.objects.filter(enquiry=enquiry).first()
    original = next((w for w in worked if w.name == DeadlineName.RESPONSE), None)
    if decision is None or not decision.extension_working_days or original is None:
        return worked
    if original.deadline.due is None:
        return worked  # paused: the extension runs from a deadline that is not known yet
    days, told = decision.extension_working_days, decision.requester_told_of_extension_at
    calendar = foi_calendar()
    extended = compute_deadline(
        rule=Rule("response", days, Unit.WORKING_DAYS),
        received=original.deadline.due,
        calendar=calendar,
    )
    due_text = format_instant(original.deadline.due)
    told_text = format_instant(told) if told else "not recorded"
    lines = (
        f"public interest extension (s.10(3)): {days} further working days after the original "
        f"response deadline, {due_text}",
        *extended.explanation[1:],
        f"the requester was told of the extension on {told_text}",
    )
    note = (
        f"extended for the public interest test: the requester was told on {told_text}, "
        f"the response is now due by the extension deadline, {format_instant(extended.due)}",
    )
    original = Worked(
        original.name,
        Deadline(
            original.deadline.name, original.deadline.due, original.deadline.explanation + note
        ),
        original.unit,
        enquiry.responded_at or told,
        original.calendar,
    )
    extension = Worked(
        DeadlineName.EXTENSION,
        Deadline(DeadlineName.EXTENSION, extended.due, lines),
        Unit.WORKING_DAYS,
        enquiry.responded_at,
        calendar,
    )
    return [original if w.name == DeadlineName.RESPONSE else w for w in worked] + [extension]


def response_due(*, enquiry: Enquiry) -> datetime | None:
    """The original full response deadline as worked out now (None while paused or absent)."""
    for work in worked_deadlines(enquiry=enquiry):
        if work.name == DeadlineName.RESPONSE:
            return work.deadline.due
    return None


def _review(enquiry: Enquiry) -> Worked:
    days = REVIEW_EXTENDED_DAYS if enquiry.review_extended else REVIEW_DAYS
    rule = Rule("response", days, Unit.WORKING_DAYS)
    calendar = foi_calendar()
    deadline = compute_deadline(rule=rule, received=enquiry.review_requested_at, calendar=calendar)
    return Worked("review", deadline, rule.unit, enquiry.review_completed_at, calendar)


@transaction.atomic
def enquiry_deadlines_refresh(*, enquiry: Enquiry) -> list[SlaDeadline]:
    existing = {d.name: d for d in enquiry.deadlines.all()}
    kept = []
    for work in worked_deadlines(enquiry=enquiry):
        row = existing.pop(work.name, None) or SlaDeadline(enquiry=enquiry, name=work.name)
        deadline_store(row=row, work=work, enquiry=enquiry)
        kept.append(row)
    for stale in existing.values():
        stale.delete()
    enquiry_next_due_store(enquiry=enquiry, deadlines=kept)
    return kept


def deadline_store(*, row: SlaDeadline, work: Worked, enquiry: Enquiry) -> None:
    """Save the worked deadline on its row; a new due instant re-arms its reminders."""
    due = work.deadline.due
    moved = row.pk is None or row.due_at != due
    row.due_at, row.answered_at = due, work.answered_at
    row.explanation = list(work.deadline.explanation)
    row.warn_at = warning_starts(due=due, calendar=work.calendar, unit=work.unit) if due else None
    if row.answered_at or due is None or not enquiry.is_open:
        row.next_reminder_at = None
    elif moved:
        row.next_reminder_at = row.warn_at
    row.save()


def enquiry_next_due_store(*, enquiry: Enquiry, deadlines) -> None:
    open_dues = [d.due_at for d in deadlines if d.answered_at is None and d.due_at]
    enquiry.next_due_at = min(open_dues) if open_dues and enquiry.is_open else None
    # A queryset update: the sort key is derived, not a change anyone made, so no audit row.
    Enquiry.objects.filter(pk=enquiry.pk).update(next_due_at=enquiry.next_due_at)
