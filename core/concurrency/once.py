"""One-time submission tokens: a create form sent twice (a double click, a retry after a slow
answer) creates one record, and both answers lead to it."""

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect

from nhsuk_forms.fields import NhsErrorMessages

from ..models import Submission

TOKEN = "submission_token"  # noqa: S105 (a form field name, not a secret)
KEEP = timedelta(days=1)
REPEATED = "That was sent twice; it was saved once, and here it is."
# A post without a valid token: a page opened before tokens existed, a copy of an old page, a
# script. Never saved unguarded (it could be the second of two); the form comes back, as typed,
# with a new token, so the user checks it and sends it once.
SEND_AGAIN = (
    "This form was already sent or has expired. "
    "Check the details below are still right and send it again."
)


class OnceForm:
    """Mixin for a create form (or a step that sends something): a hidden one-time token, new
    each time the form is shown, kept as posted when the form is shown again with errors. On a
    ModelForm editing a saved record it adds nothing.

    The token is required: a post without one (or with one that is not a token) is invalid,
    with `SEND_AGAIN` at the top of the form, and the form shown again carries a new token.
    After `is_valid()`, `submission_token` is the token and it is not in `cleaned_data`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.submission_token: uuid.UUID | None = None
        instance = getattr(self, "instance", None)
        if instance is not None and not instance._state.adding:
            return  # an edit form (the same class often serves both): its version guards it
        # Not required here: a hidden field's own error would name a field nobody can see.
        # full_clean refuses the post without a token, at the top of the form.
        self.fields[TOKEN] = forms.UUIDField(
            widget=forms.HiddenInput, required=False, initial=uuid.uuid4
        )

    def full_clean(self):
        super().full_clean()
        if not hasattr(self, "cleaned_data") or TOKEN not in self.fields:
            return
        self.submission_token = self.cleaned_data.pop(TOKEN, None)
        if self.submission_token is None:
            self._errors.pop(TOKEN, None)  # "Enter a valid UUID": SEND_AGAIN says it for people
            self.add_error(None, SEND_AGAIN)
            self._token_renew()

    def _token_renew(self) -> None:
        """Shown again, the form carries a new token (the posted one was missing or broken)."""
        data = self.data.copy()
        data[self.add_prefix(TOKEN)] = str(uuid.uuid4())
        self.data = data


class OnceTokenForm(NhsErrorMessages, OnceForm, forms.Form):
    """Only the token: for a button that sends something without a form of its own."""


def submit_once(request, form, create: Callable[[], HttpResponseRedirect]) -> HttpResponseRedirect:
    """Run `create` (which makes the record and returns the redirect to it) once per token.

    The token is claimed by an INSERT in the same transaction as the create. On Postgres a
    second INSERT of the same token waits for the first transaction: when it commits, the
    second fails and answers with the first's redirect; when it rolls back (the service refused
    the data), the second goes ahead. A ValidationError from `create` undoes the claim too, so
    the user corrects the form and sends the same token again.

    A form without a token (not an `OnceForm`, or not validated) is refused with `SEND_AGAIN`:
    nothing is created unguarded."""
    token = getattr(form, "submission_token", None)
    if token is None:
        raise ValidationError(SEND_AGAIN)
    with transaction.atomic():
        try:
            with transaction.atomic():
                claim = Submission.objects.create(token=token, user=request.user)
        except IntegrityError:
            return _repeat(request, token)
        response = create()
        claim.result_url = response.url
        claim.save(update_fields=["result_url"])
    return response


def _repeat(request, token: uuid.UUID) -> HttpResponseRedirect:
    first = Submission.objects.filter(token=token, user=request.user).first()
    if first is None or not first.result_url:  # someone else's token: tell nothing
        raise ValidationError("This form has already been sent. Open it again to add another.")
    messages.info(request, REPEATED)
    return redirect(first.result_url)


def submissions_purge(*, now: datetime) -> int:
    """Drop tokens older than a day: a repeat comes within seconds, not the next day."""
    deleted, _ = Submission.objects.filter(created_at__lt=now - KEEP).delete()
    return deleted
