"""The engagement home page and the reach page."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from accounts.access import require_model_perm

from .. import selectors
from ..forms import PeriodForm
from ..models import Event
from ..periods import financial_year_of
from .common import now, today


@login_required
def index(request):
    require_model_perm(request, Event)  # 403 unless the role may see engagement somewhere
    scope = request.scope
    upcoming = selectors.event_list(scope=scope).filter(starts_at__gte=now()).order_by("starts_at")
    context = {
        "upcoming": list(upcoming[:5]),
        "overdue": selectors.response_list(scope=scope, state="overdue", now=now()).count(),
        "unanswered": selectors.feedback_list(
            scope=scope, filters=selectors.FeedbackFilters(answer="unanswered")
        ).count(),
        "open_consultations": [
            c for c in selectors.consultation_list(scope=scope)[:20] if c.stage(today()) == "Open"
        ],
        "can_add": scope.can("engagement.add_event"),
    }
    return render(request, "engagement/index.html", context)


@login_required
def reach(request):
    require_model_perm(request, Event)
    form = PeriodForm(request.GET or None, initial={"year": financial_year_of(today())})
    period = form.period(default_year=financial_year_of(today()))
    rows = selectors.reach_summary(scope=request.scope, period=period)
    return render(request, "engagement/reach.html", {"form": form, "period": period, "rows": rows})
