from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from accounts.access import require_perm

from . import selectors


@login_required
def dashboard(request):
    require_perm(request, "reporting.view_kpisnapshot")
    summary = selectors.dashboard_summary(scope=request.scope, today=timezone.localdate())
    return render(request, "reporting/dashboard.html", summary)
