"""Reads of correction requests: the follow-up list and a coverage item's own."""

from django.db.models import QuerySet

from accounts.scoping import Scope

from ..models import CorrectionOutcome, CorrectionRequest, Coverage


def corrections_to_follow_up(*, scope: Scope, include_closed: bool = False) -> QuerySet:
    """Requests still pending (every one with `include_closed`), the oldest asked first: the
    longer a request waits, the sooner it is chased."""
    requests = CorrectionRequest.objects.visible_to(scope).select_related("coverage", "ccg")
    if not include_closed:
        requests = requests.filter(outcome=CorrectionOutcome.PENDING)
    return requests.order_by("requested_on", "pk")


def corrections_of(*, coverage: Coverage) -> list[CorrectionRequest]:
    return list(
        coverage.correction_requests.select_related("requested_by").order_by("requested_on", "pk")
    )
