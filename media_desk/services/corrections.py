"""Correction requests on coverage: asking for one, and following it to an outcome."""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import User
from core.concurrency import version_check
from core.editing import apply_data

from ..models import CorrectionRequest, Coverage


def _check_against_coverage(request: CorrectionRequest, coverage: Coverage) -> None:
    if request.requested_on and request.requested_on < coverage.published_on:
        raise ValidationError(
            {"requested_on": "The date requested cannot be before the coverage was published."}
        )


@transaction.atomic
def correction_request(*, coverage: Coverage, data: dict, by: User) -> CorrectionRequest:
    """A correction asked for on `coverage`, in the coverage's CCG."""
    request = CorrectionRequest(coverage=coverage, ccg_id=coverage.ccg_id, requested_by=by, **data)
    request.full_clean()
    _check_against_coverage(request, coverage)
    request._history_user = by
    request.save()
    return request


@transaction.atomic
def correction_update(
    *, correction: CorrectionRequest, data: dict, version: int | None
) -> CorrectionRequest:
    """Save the request's details and its outcome. Refused (`StaleEdit`) when it was saved
    since the form was opened at `version`."""
    version_check(instance=correction, version=version)
    if apply_data(correction, data):
        correction.full_clean()
        _check_against_coverage(correction, correction.coverage)
        correction.save()
    return correction
