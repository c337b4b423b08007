"""The dashboard reads the feature apps through their selectors; no feature app imports this."""

from django.utils import timezone

from accounts.scoping import Scope


def home_context(*, scope: Scope, user, role: str | None) -> dict:
    from accounts import roles
    from media_desk.selectors import enquiries_logged_by, queue_row

    from .work import work_lists

    now = timezone.now()
    if role == roles.COMMS:
        return work_lists(scope=scope, user=user, now=now)
    if role == roles.STAFF:
        mine = enquiries_logged_by(scope=scope, user=user)[:5]
        return {"rows": [queue_row(enquiry=e, now=now) for e in mine]}
    return {}
