"""The reminder job's work: overdue "we did" responses (to the owner and the comms lead), a
consultation about to close (to its owner) and a consultation report overdue (owner and lead).

Once per subject, kind and due instant: accounts.notifications decides (its key is the Reminder
row's identity) and writes the notifications and the e-mail to send after commit, in the same
commit as the Reminder row. A worker that dies mid-run rolls back only the reminder it was on,
which the next poll sends. A run sends
batch after batch until nothing is due or its time budget is spent, so a backlog drains in one
run."""

import logging
from datetime import datetime

from django.db import transaction
from django.db.models import Q

from accounts.models import Ccg, User
from accounts.notifications import notification_send_once
from core.jobs import batches_within_budget
from working_time import LONDON

from .models import Consultation, Reminder, ReminderKind, Response
from .periods import end_of_day

logger = logging.getLogger(__name__)
BATCH = 500


def _every_ccg():
    return Ccg.objects.values("pk")  # the job acts for every CCG


def responses_needing_reminders(*, now: datetime, limit: int = BATCH):
    """Only open responses whose due instant has passed: the partial index answers this."""
    return (
        Response.objects.for_ccgs(_every_ccg())
        .filter(next_reminder_at__lte=now)
        .select_related("ccg__comms_lead", "owner")
        .order_by("next_reminder_at")[:limit]
    )


def consultations_needing_reminders(*, now: datetime) -> list[tuple[Consultation, str, datetime]]:
    today = now.astimezone(LONDON).date()
    candidates = list(
        Consultation.objects.for_ccgs(_every_ccg())
        .filter(published_at__isnull=True)
        .filter(
            Q(closing_reminder_on__lte=today, closes_on__gte=today) | Q(report_due_on__lt=today)
        )
        .select_related("ccg__comms_lead", "owner")
    )
    due = []
    for consultation in candidates:
        if consultation.closes_on >= today:
            due.append((consultation, ReminderKind.CONSULTATION_CLOSING, consultation.closes_on))
        elif consultation.report_due_on and consultation.report_due_on < today:
            due.append((consultation, ReminderKind.REPORT_OVERDUE, consultation.report_due_on))
    due = [(c, kind, end_of_day(day)) for c, kind, day in due]
    sent = set(
        Reminder.objects.filter(consultation__in=[c for c, _, _ in due]).values_list(
            "consultation_id", "kind", "due_at"
        )
    )
    return [(c, kind, at) for c, kind, at in due if (c.pk, kind, at) not in sent]


def _people(*, owner: User | None, lead: User | None, with_lead: bool) -> list[User]:
    people = [owner or lead, lead if with_lead else None]
    return list({p.pk: p for p in people if p is not None}.values())


@transaction.atomic
def _send(
    *, reminder: Reminder, people: list[User], message: str, url_name: str, now: datetime
) -> int:
    subject = reminder.response_id or reminder.consultation_id
    sent = notification_send_once(
        key=reminder.notification_key,
        recipients=people,
        ccg=reminder.ccg,
        message=message,
        url_name=url_name,
        url_args=[subject],
    )
    if not sent:
        return 0  # another run sent (or is sending) this one
    reminder.sent_at = now
    reminder.save()
    return 1


@transaction.atomic
def _remind_response(*, response: Response, now: datetime) -> int:
    response.next_reminder_at = None
    response.save(update_fields=["next_reminder_at"])
    reminder = Reminder(
        ccg=response.ccg,
        response=response,
        kind=ReminderKind.RESPONSE_OVERDUE,
        due_at=response.due_at,
    )
    people = _people(owner=response.owner, lead=response.ccg.comms_lead, with_lead=True)
    message = f"'We did' response overdue: {response}"
    url_name = "engagement:response_detail"
    return _send(reminder=reminder, people=people, message=message, url_name=url_name, now=now)


def _remind_consultation(*, consultation: Consultation, kind: str, due_at: datetime, now) -> int:
    reminder = Reminder(ccg=consultation.ccg, consultation=consultation, kind=kind, due_at=due_at)
    closing = kind == ReminderKind.CONSULTATION_CLOSING
    people = _people(
        owner=consultation.owner, lead=consultation.ccg.comms_lead, with_lead=not closing
    )
    if closing:
        message = f"Consultation closes on {consultation.closes_on:%-d %B %Y}: {consultation}"
    else:
        message = f"Consultation report overdue: {consultation}"
    url_name = "engagement:consultation_detail"
    return _send(reminder=reminder, people=people, message=message, url_name=url_name, now=now)


def reminders_send_due(
    *, now: datetime, batch: int = BATCH, budget_seconds: float | None = None
) -> int:
    sent = 0
    # Each reminder clears its response's next_reminder_at, out of the next batch.
    due = batches_within_budget(
        fetch=lambda: list(responses_needing_reminders(now=now, limit=batch)),
        budget_seconds=budget_seconds,
    )
    for response in due:
        sent += _remind_response(response=response, now=now)
    for consultation, kind, due_at in consultations_needing_reminders(now=now):
        sent += _remind_consultation(consultation=consultation, kind=kind, due_at=due_at, now=now)
    return sent
