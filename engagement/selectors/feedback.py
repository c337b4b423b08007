"""Reading "you said" and "we did": the feedback register, the response tracker, themes."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet

from accounts.scoping import Scope, model_perm

from ..models import CLOSED_STATUSES, Feedback, Response, Theme
from ..periods import Period

IDENTIFY = "engagement.identify_feedback"


@dataclass(frozen=True)
class FeedbackFilters:
    search: str = ""
    theme: int | None = None
    source: str = ""
    sentiment: str = ""
    answer: str = ""  # unanswered | answered | published | to_tell
    period: Period | None = None


def _answer_filter(feedback: QuerySet[Feedback], answer: str) -> QuerySet[Feedback]:
    direct = Response.objects.filter(feedback=OuterRef("pk"))
    if answer == "unanswered":
        return feedback.exclude(Exists(direct))
    if answer == "answered":
        return feedback.filter(Exists(direct))
    if answer == "published":
        return feedback.filter(Exists(direct.filter(published_at__isnull=False)))
    if answer == "to_tell":
        return feedback.filter(Exists(direct), wants_feedback=True, fed_back_on__isnull=True)
    return feedback


def feedback_list(*, scope: Scope, filters: FeedbackFilters | None = None) -> QuerySet[Feedback]:
    filters = filters or FeedbackFilters()
    feedback = (
        Feedback.objects.visible_to(scope)
        .select_related("ccg", "event", "response")
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("name")))
    )
    if filters.search:
        feedback = feedback.filter(text__icontains=filters.search)
    exact = {"source": filters.source, "sentiment": filters.sentiment}
    feedback = feedback.filter(**{k: v for k, v in exact.items() if v})
    if filters.theme:
        feedback = feedback.filter(themes=filters.theme)
    if filters.period:
        feedback = feedback.filter(
            received_on__gte=filters.period.start, received_on__lte=filters.period.end
        )
    return _answer_filter(feedback, filters.answer).order_by("-received_on", "-pk")


def response_list(*, scope: Scope, state: str = "", now: datetime) -> QuerySet[Response]:
    """The "we did" tracker: open responses, the soonest due first."""
    responses = Response.objects.visible_to(scope).select_related(
        "ccg", "owner", "theme", "feedback"
    )
    if state == "overdue":
        responses = responses.exclude(status__in=CLOSED_STATUSES).filter(due_at__lt=now)
    elif state == "open":
        responses = responses.exclude(status__in=CLOSED_STATUSES)
    elif state == "unpublished":
        responses = responses.filter(published_at__isnull=True)
    elif state == "published":
        responses = responses.filter(published_at__isnull=False)
    return responses.order_by("due_at", "pk")


def responses_to_work(*, scope: Scope, owner, limit: int) -> list[Response]:
    """Open "we did" responses `owner` owns, or (owner None) nobody owns, the soonest due first."""
    responses = response_list(scope=scope, state="open", now=None)
    responses = responses.filter(owner=owner) if owner else responses.filter(owner__isnull=True)
    return list(responses[:limit])


def theme_list(*, scope: Scope) -> QuerySet[Theme]:
    return (
        Theme.objects.visible_to(scope)
        .select_related("ccg")
        .annotate(
            feedback_count=Count("feedback", distinct=True),
            response_count=Count("responses", distinct=True),
        )
        .order_by("name", "ccg__name")
    )


def theme_related(*, theme: Theme) -> dict:
    return {
        "feedback": list(theme.feedback.select_related("response").order_by("-received_on")[:100]),
        "responses": list(theme.responses.select_related("owner").order_by("-created_at")),
    }


def feedback_history(*, scope: Scope, feedback: Feedback) -> list:
    """Who changed what: contributor details are in it, so only for those who may see them."""
    if not scope.can(IDENTIFY, feedback.ccg_id):
        return []
    return list(feedback.history.select_related("history_user").order_by("-history_date")[:50])


def themes_for(*, ccg_id: int) -> QuerySet[Theme]:
    return Theme.objects.for_ccgs([ccg_id])


def feedback_filter_themes(*, scope: Scope) -> QuerySet[Theme]:
    """The feedback list's theme filter: themes of the CCGs whose feedback the user may read."""
    readable = scope.ccg_ids_with(model_perm(Feedback, "view"))
    return Theme.objects.visible_to(scope).filter(ccg_id__in=readable).order_by("name")
