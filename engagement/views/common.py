"""What the engagement views share: the CCG a new record goes into, putting a service's
refusal back on the form, exports, and the current time."""

import copy

from django.utils import timezone

from accounts.access import ccg_choice, ccg_for_create
from core.editing import add_service_errors
from core.exports import export

__all__ = [
    "add_service_errors",
    "ccg_choice",
    "ccg_for_create",
    "export",
    "form_copy",
    "now",
    "today",
]


def form_copy(instance):
    """The form works on a copy: the service compares the form's data with the saved record."""
    return copy.copy(instance)


def now():
    return timezone.now()


def today():
    return timezone.localdate()
