"""Writes of meetings."""

from django.db import transaction

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_data

from ..models import Meeting


@transaction.atomic
def meeting_create(*, ccg: Ccg, data: dict, by: User) -> Meeting:
    meeting = Meeting(ccg=ccg, created_by=by)
    apply_data(meeting, dict(data))
    meeting.full_clean()
    meeting.save()
    return meeting


@transaction.atomic
def meeting_update(*, meeting: Meeting, data: dict, version: int | None) -> Meeting:
    """Refused (`StaleEdit`) when saved since the form was opened at `version`."""
    version_check(instance=meeting, version=version)
    if apply_data(meeting, dict(data)):
        meeting.full_clean()
        meeting.save()
    return meeting
