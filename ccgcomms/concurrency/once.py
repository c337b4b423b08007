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

from ..models import Submission
from ..nhsuk_forms import NhsErrorMessages

TOKEN = "submission_token"  # noqa: S105 (a form field name, not a secret)
KEEP = timedelta(days=1)
REPEATED = "That was sent twice; it was saved once, and here it is."


class OnceForm:
    """Mixin for a create form (or a step that sends something): a hidden one-time token, new
    each time the form is shown, kept as posted when the form is shown again with errors. On a
    ModelForm editing a saved record it adds nothing.

    After `is_valid()`, `submission_token` is the token (None when the post had none: a script,
    not the portal's page) and it is not in `cleaned_data`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.submission_token: uuid.UUID | None = None
        instance = getattr(self, "instance", None)
        if instance is not None and not instance._state.adding:
            return  # an edit form (the same class often serves both): its version guards it
        self.fields[TOKEN] = forms.UUIDField(
            widget=forms.HiddenInput, required=False, initial=uuid.uuid4
        )

    def full_clean(self):
        super().full_clean()
        if hasattr(self, "cleaned_data"):
            self.submission_token = self.cleaned_data.pop(TOKEN, None)


class OnceTokenForm(NhsErrorMessages, OnceForm, forms.Form):
    """Only the token: for a button that sends something without a form of its own."""


def submit_once(request, form, create: Callable[[], HttpResponseRedirect]) -> HttpResponseRedirect:
    """Run `create` (which makes the record and returns the redirect to it) once per token.

    The token is claimed by an INSERT in the same transaction as the create. On Postgres a
    second INSERT of the same token waits for the first transaction: when it commits, the
    second fails and answers with the first's redirect; when it rolls back (the service refused
    the data), the second goes ahead. A ValidationError from `create` undoes the claim too, so
    the user corrects the form and sends the same token again."""
    token = form.submission_token
    if token is None:
        return create()
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
