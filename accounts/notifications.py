"""The one way a feature tells people something: in-app notifications and an e-mail, once.

`notification_send_once` writes the notifications and an outbox row in the caller's transaction,
under one unique key, so a second send of the same thing (another job, a retry after a crash)
finds the key taken and sends nothing. The e-mail leaves only after that commit: the worker's
`outbox_email_send` locks the row, sends it and stamps `sent_at`; a sweep sends rows left behind
(broker down, worker died). So in-app is exactly once, and e-mail at least once: a duplicate
only when a worker dies between the mail server accepting it and the commit of `sent_at`.

Every feature app may import this module; it imports nothing from them."""

import logging
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from core.queueing import enqueue_on_commit

from .models import Ccg, Notification, OutboxEmail, User

logger = logging.getLogger(__name__)
SWEEP_BATCH = 200
MAX_ATTEMPTS = 10  # then the row stays unsent with its last error, for someone to look at


class OutboxSendFailed(Exception):
    """The mail server refused or could not be reached; the row records why and is retried."""


def site_url(path: str) -> str:
    """An absolute link for an e-mail: the configured site (`make run` sets its own port)."""
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def notification_send_once(
    *,
    key: str,
    recipients: Iterable[User],
    ccg: Ccg,
    message: str,
    url_name: str,
    url_args: Sequence = (),
    links: Sequence[tuple[str, str]] = (),
) -> bool:
    """Notify `recipients` in the portal and by e-mail, unless `key` was used before.
    `links` are more (label, path) lines for the e-mail, such as a report's downloads.

    True when this call sent it; False (nothing written) when the key already exists, including
    while another transaction holding it is still open: the insert waits for it, then fails."""
    people = list({person.pk: person for person in recipients}.values())
    path = reverse(url_name, args=list(url_args))
    emails = [person.email for person in people if person.email]
    more = "".join(f"\n{label}: {site_url(link)}" for label, link in links)
    with transaction.atomic():
        try:
            with transaction.atomic():
                outbox = OutboxEmail.objects.create(
                    key=key,
                    recipients=emails,
                    subject=" ".join(message.split())[:300],  # a header: one line
                    body=f"{message}\n\n{site_url(path)}{more}",
                    # Nobody to e-mail: the key is still claimed, and nothing is left to send.
                    sent_at=None if emails else timezone.now(),
                )
        except IntegrityError:
            return False
        Notification.objects.bulk_create(
            Notification(user=person, ccg=ccg, message=message[:300], link=path)
            for person in people
        )
        if emails:
            from .tasks import outbox_send  # the task module imports this one

            enqueue_on_commit(outbox_send, outbox_id=outbox.pk)
    return True


def outbox_email_send(*, outbox_id: int) -> bool:
    """Send one outbox e-mail unless it was sent or another worker holds it. True when sent.

    The row stays locked while the mail server is talked to, so two workers never both send it;
    `sent_at` commits right after. A refusal is recorded (attempts, last_error) and raised as
    OutboxSendFailed for the caller's retries."""
    failure = None
    with transaction.atomic(durable=True):
        row = (
            OutboxEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=outbox_id, sent_at__isnull=True)
            .first()
        )
        if row is None:
            return False
        row.attempts += 1
        try:
            send_mail(row.subject, row.body, None, row.recipients)
        except Exception as error:  # any backend's failure: record it, the retry decides
            failure = error
            row.last_error = f"{type(error).__name__}: {error}"[:500]
            row.save(update_fields=["attempts", "last_error"])
        else:
            row.sent_at = timezone.now()
            row.save(update_fields=["attempts", "sent_at"])
    if failure is not None:
        logger.warning("Outbox e-mail %s not sent (attempt %s): %s", row.key, row.attempts, failure)
        raise OutboxSendFailed(row.last_error) from failure
    return True


def outbox_emails_send_unsent(*, limit: int = SWEEP_BATCH) -> int:
    """The sweep: send what the queued task never did (broker down, worker died). How many sent."""
    waiting = (
        OutboxEmail.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
    sent = 0
    for outbox_id in list(waiting):
        try:
            sent += outbox_email_send(outbox_id=outbox_id)
        except OutboxSendFailed:
            continue  # recorded on the row; the next sweep tries again
    return sent
