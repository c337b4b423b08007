"""The reminder job's work: "due soon" to the owner, "overdue" to the owner and the comms lead.

Once per deadline, reminder kind and due instant: accounts.notifications decides (its key is the
Reminder row's identity) and writes the notifications and the e-mail to send after commit, in the
same commit as the Reminder row. A worker that dies mid-run rolls back only the reminder it was
on, which the next poll sends. A run sends
batch after batch until nothing is due or its time budget is spent, so a backlog drains in one
run."""

import logging
from datetime import datetime

from django.db import transaction

from accounts.notifications import notification_send_once
from core.jobs import batches_within_budget

from .models import SlaDeadline
from .models.deadlines import Reminder, ReminderKind

logger = logging.getLogger(__name__)
BATCH = 500


def deadlines_needing_reminders(*, now: datetime, limit: int = BATCH):
    """Only deadlines whose next reminder has fallen due: the partial index answers this."""
    return (
        SlaDeadline.objects.filter(next_reminder_at__lte=now)
        .select_related("enquiry__ccg__comms_lead", "enquiry__owner")
        .order_by("next_reminder_at")[:limit]
    )


def reminders_send_due(
    *, now: datetime, batch: int = BATCH, budget_seconds: float | None = None
) -> int:
    sent = 0
    # Each reminder moves its deadline's next_reminder_at past `now`, out of the next batch.
    due = batches_within_budget(
        fetch=lambda: list(deadlines_needing_reminders(now=now, limit=batch)),
        budget_seconds=budget_seconds,
    )
    for deadline in due:
        sent += _remind(deadline=deadline, now=now)
    return sent


def _recipients(deadline: SlaDeadline, kind: str) -> list:
    enquiry = deadline.enquiry
    lead = enquiry.ccg.comms_lead
    people = [enquiry.owner or lead]
    if kind == ReminderKind.OVERDUE:
        people.append(lead)
    unique = {p.pk: p for p in people if p is not None}
    return list(unique.values())


def _message(deadline: SlaDeadline, kind: str) -> str:
    what = "overdue" if kind == ReminderKind.OVERDUE else "due soon"
    return f"{deadline.get_name_display()} {what}: {deadline.enquiry}"


@transaction.atomic
def _remind(*, deadline: SlaDeadline, now: datetime) -> int:
    kind = ReminderKind.OVERDUE if now >= deadline.due_at else ReminderKind.DUE_SOON
    # The next reminder for this deadline: the overdue one at the due instant, then none.
    deadline.next_reminder_at = deadline.due_at if kind == ReminderKind.DUE_SOON else None
    deadline.save(update_fields=["next_reminder_at"])
    reminder = Reminder(deadline=deadline, kind=kind, due_at=deadline.due_at, sent_at=now)
    sent = notification_send_once(
        key=reminder.notification_key,
        recipients=_recipients(deadline, kind),
        ccg=deadline.enquiry.ccg,
        message=_message(deadline, kind),
        url_name="media_desk:enquiry_detail",
        url_args=[deadline.enquiry_id],
    )
    if not sent:
        return 0  # another run sent (or is sending) this one
    reminder.save()
    return 1
