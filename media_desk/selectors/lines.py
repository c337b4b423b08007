"""Reads of the lines-to-take library: the list and its search, the signers, the lines a press
officer may use on an enquiry, a line's history."""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from accounts.models import Ccg, User
from accounts.scoping import Scope, model_perm

from ..models import Enquiry, LineToTake

SIGN_OFF = ("media_desk", "sign_off_enquiry")
SEARCH_LIMIT = 10  # an enquiry's page offers the best few; the library lists them all


def _matching(lines: QuerySet, search: str) -> QuerySet:
    for word in search.split()[:8]:  # every word, in the topic or the text
        lines = lines.filter(Q(topic__icontains=word) | Q(text__icontains=word))
    return lines


def line_list(*, scope: Scope, search: str = "") -> QuerySet[LineToTake]:
    """The library as the user may read it (their CCGs' lines and those shared with them),
    expired ones included: the page marks them."""
    lines = LineToTake.objects.visible_to(scope).select_related("ccg", "signed_off_by")
    return _matching(lines, search.strip()).order_by("topic", "pk")


def line_signers(*, ccg_id: int) -> QuerySet[User]:
    """People who may sign off responses in the CCG: those a line's sign-off is chosen from."""
    app_label, codename = SIGN_OFF
    holders = User.objects.filter(
        memberships__ccg_id=ccg_id,
        memberships__role__permissions__codename=codename,
        memberships__role__permissions__content_type__app_label=app_label,
        is_active=True,
    ).values("pk")
    return User.objects.filter(pk__in=holders).order_by("full_name", "email")


def line_share_choices(*, scope: Scope, ccg: Ccg) -> QuerySet[Ccg]:
    """The CCGs a line led by `ccg` may be shared with: the others where the user keeps lines."""
    ids = scope.ccg_ids_with(model_perm(LineToTake, "add")) - {ccg.pk}
    return Ccg.objects.filter(pk__in=ids).order_by("name")


def lines_usable(*, enquiry: Enquiry, today: datetime.date | None = None) -> QuerySet[LineToTake]:
    """Lines an enquiry's response may be drafted from: its CCG's own and those shared with
    it, not expired. Expired lines stay in the library but are never offered for reuse."""
    today = today or timezone.localdate()
    return (
        LineToTake.objects.for_ccgs([enquiry.ccg_id])
        .filter(valid_until__gte=today)
        .select_related("signed_off_by")
        .order_by("topic", "pk")
    )


def lines_for_enquiry(*, enquiry: Enquiry, search: str) -> QuerySet[LineToTake]:
    """What the enquiry page offers: the usable lines matching the search (all of them when
    nothing is typed), the first few by topic."""
    return _matching(lines_usable(enquiry=enquiry), search.strip())[:SEARCH_LIMIT]


def line_history(*, line: LineToTake) -> list:
    """Every saved version, newest first, with who saved it and who had signed it off."""
    return list(
        line.history.select_related("history_user", "signed_off_by").order_by("-history_date")[:100]
    )
