from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from accounts.access import require_model_perm
from core.exports import export
from core.listing import paginate

from .. import selectors
from ..models import AwarenessDay
from ..resources import AwarenessDayExport


@login_required
def awareness_day_list(request):
    require_model_perm(request, AwarenessDay)
    page, query = paginate(request, selectors.awareness_day_list(scope=request.scope))
    return render(request, "campaigns/awareness_day_list.html", {"page": page, "query": query})


@login_required
def awareness_day_export(request, fmt: str):
    require_model_perm(request, AwarenessDay)
    days = selectors.awareness_day_list(scope=request.scope)
    return export(fmt, resource=AwarenessDayExport(), items=days, filename="awareness-days")
