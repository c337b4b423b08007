"""The one page a stale edit gets: each field where what the user typed differs from what is
saved now, side by side, with "keep mine / take theirs" per field. Posting it sends the user's
own values again with the current version and their picks: that is the merge."""

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.shortcuts import render
from django.utils import formats, timezone

from .versions import PICK, StaleEdit, saved_value

EMPTY = "(empty)"
NOT_RESENT = {"csrfmiddlewaretoken", "version"}


@dataclass(frozen=True)
class ConflictRow:
    name: str
    label: str
    mine: str
    theirs: str
    pick: str  # "mine", "theirs" or "" (the user chooses)


def _key(value):
    """A comparable form of a value: records by primary key, lists in order, empty as ''."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple | set | models.QuerySet):
        return sorted(str(_key(v)) for v in value)
    return "" if value is None else value


def _shown(value, choices: dict) -> str:
    if isinstance(value, list | tuple | set | models.QuerySet):
        return ", ".join(_shown(v, choices) for v in value) or EMPTY
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "j F Y, H:i")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "j F Y")
    return str(choices.get(str(value), value))


def _choices(form_field) -> dict:
    if isinstance(form_field, forms.ModelChoiceField | forms.ModelMultipleChoiceField):
        return {}  # the values are records already; their str() is the label
    flat = {}
    for key, label in getattr(form_field, "choices", []):
        if isinstance(label, list | tuple):  # a group
            flat.update({str(k): v for k, v in label})
        else:
            flat[str(key)] = label
    return flat


def _base(current: models.Model, version: int):
    """The record as it was when the user opened the form, from the audit history (if any)."""
    history = getattr(current, "history", None)
    return history.filter(version=version).first() if history is not None else None


def _pick(field: models.Field, base, mine, theirs) -> str:
    """Preselect the side that changed: untouched by the user means take theirs, and the
    reverse. Both changed, or no history to tell: the user chooses."""
    if base is None or field.many_to_many:
        return ""
    before = getattr(base, field.attname)
    mine_changed = _key(mine) != _key(before)
    theirs_changed = _key(theirs) != _key(before)
    if mine_changed and not theirs_changed:
        return "mine"
    if theirs_changed and not mine_changed:
        return "theirs"
    return ""


def conflict_rows(form, stale: StaleEdit) -> list[ConflictRow]:
    current, rows = stale.current, []
    base = _base(current, stale.version)
    for name, mine in form.cleaned_data.items():
        try:
            field = current._meta.get_field(name)
        except FieldDoesNotExist:
            continue  # not saved on the record (e.g. a confirmation box)
        theirs = saved_value(current, name)
        choices = _choices(form.fields[name])
        mine_shown, theirs_shown = _shown(mine, choices), _shown(theirs, choices)
        if _key(mine) == _key(theirs) or mine_shown == theirs_shown:
            continue
        label = form.fields[name].label or field.verbose_name.capitalize()
        pick = _pick(field, base, mine, theirs)
        rows.append(ConflictRow(name, str(label), mine_shown, theirs_shown, pick))
    return rows


def _last_saved(current: models.Model):
    history = getattr(current, "history", None)
    return history.first() if history is not None else None


def conflict_response(request, form, stale: StaleEdit):
    """Render the conflict page (409) for a form refused as stale by `version_check`."""
    resent = [
        (key, value)
        for key, values in request.POST.lists()
        if key not in NOT_RESENT and not key.startswith(PICK)
        for value in values
    ]
    last = _last_saved(stale.current)
    context = {
        "record": stale.current,
        "rows": conflict_rows(form, stale),
        "resent": resent,
        "version": stale.current.version,
        "saved_by": getattr(last, "history_user", None),
        "saved_at": getattr(last, "history_date", None),
        "action": request.path,
    }
    return render(request, "edit_conflict.html", context, status=409)
