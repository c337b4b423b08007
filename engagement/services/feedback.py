""" "You said": recording feedback, telling contributors what we did, erasing a contributor."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_many

from ..models import Feedback
from .common import apply_data, same_ccg


def _themes(feedback: Feedback, data: dict):
    if "themes" not in data:
        return None
    return same_ccg(
        ccg_id=feedback.ccg_id, field="themes", records=data.pop("themes"), what="themes"
    )


@transaction.atomic
def feedback_record(*, ccg: Ccg, data: dict, by: User) -> Feedback:
    data = dict(data)
    feedback = Feedback(ccg=ccg, recorded_by=by)
    themes = _themes(feedback, data)
    apply_data(feedback, data)
    feedback._history_user = by  # named in the audit history even outside a web request
    feedback.full_clean()
    feedback.save()
    if themes is not None:
        feedback.themes.set(themes)
    return feedback


@transaction.atomic
def feedback_update(*, feedback: Feedback, data: dict, version: int | None) -> Feedback:
    """Refused (`StaleEdit`) when the item was saved since the form was opened at `version`."""
    version_check(instance=feedback, version=version)
    if feedback.contributor_erased_at and any(k.startswith("contributor_") for k in data):
        data = {k: v for k, v in data.items() if not k.startswith("contributor_")}
    data = dict(data)
    themes = _themes(feedback, data)
    changed = apply_data(feedback, data)
    if changed:
        feedback.full_clean()
    if themes is not None:
        changed = apply_many(feedback, "themes", themes) or changed
    if changed:
        feedback.save()
    return feedback


@transaction.atomic
def feedback_contributor_inform(
    *, feedback: Feedback, on: datetime.date, how: str, by: User
) -> Feedback:
    """Record that we told the contributor what we did (only those who asked are told)."""
    if not feedback.wants_feedback:
        raise ValidationError("This person did not ask to be told what we did.")
    if not hasattr(feedback, "response"):
        raise ValidationError("Record what we did before telling them.")
    if on > timezone.localdate():
        raise ValidationError({"fed_back_on": "The date cannot be in the future."})
    if on < feedback.received_on:
        raise ValidationError({"fed_back_on": "The date cannot be before the feedback was heard."})
    feedback.fed_back_on, feedback.fed_back_how, feedback.fed_back_by = on, how.strip(), by
    feedback.save(update_fields=["fed_back_on", "fed_back_how", "fed_back_by"])
    return feedback


@transaction.atomic
def feedback_contributor_erase(*, feedback: Feedback) -> Feedback:
    """Remove who said it (at their request) and keep what they said: the themes, the response
    and the published item stay. The audit history keeps only that an erasure happened."""
    feedback.contributor_name = feedback.contributor_email = feedback.contributor_phone = ""
    feedback.wants_feedback = False
    feedback.contributor_erased_at = timezone.now()
    feedback.save()
    # The history rows hold the old values: blank them too, or erasure would not erase.
    feedback.history.update(contributor_name="", contributor_email="", contributor_phone="")
    return feedback
