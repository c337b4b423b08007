"""Open deadlines moved by a change to their calendar, at once rather than at the item's next
edit: a closure day added, moved or removed, a CCG's working hours, a bank holiday (a new
`holidays` release, or one recorded by hand). accounts.calendar_changes records the change
and runs this through its listener (registered in apps.py; docs/adr/0018).

Only open, unanswered deadlines move: an answered deadline was met or missed on the calendar of
its day. Each move is noted on the item's timeline, told to its owner once, and re-arms the
deadline's reminders (a reminder sent for the old due instant does not stand for the new)."""

from django.db import transaction

from accounts.models import CalendarChange
from accounts.notifications import notification_send_once

from ..models import DeadlineMove, Enquiry, SlaDeadline
from ..presenters import deadline_moved
from ..selectors import enquiries_touched_by_calendar_change
from .deadlines import deadline_store, enquiry_next_due_store, worked_deadlines


def deadlines_calendar_change_apply(change: CalendarChange) -> int:
    """The listener: how many deadlines moved. Safe to run twice: the second finds them moved."""
    touched = enquiries_touched_by_calendar_change(
        ccg_id=change.ccg_id, nations=change.nations, days=change.days
    )
    return sum(len(enquiry_deadlines_move(enquiry_id=pk, change=change)) for pk in touched)


@transaction.atomic
def enquiry_deadlines_move(*, enquiry_id: int, change: CalendarChange) -> list[DeadlineMove]:
    # Locked, so an edit saving at the same moment waits and then recomputes on the new calendar.
    enquiry = (
        Enquiry.objects.select_for_update(of=("self",))
        .select_related("ccg__comms_lead", "owner")
        .filter(pk=enquiry_id, closed_at__isnull=True)
        .first()
    )
    if enquiry is None:
        return []
    rows = {row.name: row for row in enquiry.deadlines.all()}
    moves = []
    for work in worked_deadlines(enquiry=enquiry):
        row, due = rows.get(work.name), work.deadline.due
        if row is None or row.answered_at or work.answered_at or None in (row.due_at, due):
            continue
        if due == row.due_at:
            continue
        moves.append(_move(enquiry=enquiry, row=row, work=work, change=change))
    if moves:
        enquiry_next_due_store(enquiry=enquiry, deadlines=rows.values())
    return moves


def _move(*, enquiry: Enquiry, row: SlaDeadline, work, change: CalendarChange) -> DeadlineMove:
    moved_from = row.due_at
    deadline_store(row=row, work=work, enquiry=enquiry)
    move, created = DeadlineMove.objects.get_or_create(
        deadline=row,
        change_id=change.pk,
        defaults={"moved_from": moved_from, "moved_to": row.due_at, "because": change.because},
    )
    what = deadline_moved(
        name=row.get_name_display(),
        moved_from=move.moved_from,
        moved_to=move.moved_to,
        because=move.because,
    )
    owner = enquiry.owner or enquiry.ccg.comms_lead
    notification_send_once(
        key=f"media_desk.deadline_moved:{row.pk}:{change.pk}",
        recipients=[owner] if owner else [],
        ccg=enquiry.ccg,
        message=f"{what} ({enquiry})",
        url_name="media_desk:enquiry_detail",
        url_args=[enquiry.pk],
    )
    return move
