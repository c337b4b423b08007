"""For tests of features that e-mail: deliver what is waiting in the outbox, as the sweep does."""

from django.core import mail

from accounts.notifications import outbox_emails_send_unsent


def delivered() -> list:
    """Runs the real sweep, then returns every e-mail handed to the (test) mail backend."""
    outbox_emails_send_unsent()
    return mail.outbox
