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
    warning_starts,
)

from ..models import Enquiry, SlaDeadline
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
    if enquiry.review_requested_at:
        worked.append(_review(enquiry))
    return worked


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
