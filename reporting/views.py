from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from accounts import roles
from accounts.access import require_perm

from . import selectors

HOME_TEMPLATES = {
    roles.ADMINISTRATOR: "reporting/home_administrator.html",
    roles.COMMS: "reporting/home_comms.html",
    roles.GOVERNING_BODY: "reporting/home_governing_body.html",
    roles.STAFF: "reporting/home_staff.html",
}


@login_required
def home(request):
    """Each role's own home page: the comms team's work queue, staff's "log a call"."""
    role = request.scope.role
    context = selectors.home_context(scope=request.scope, user=request.user, role=role)
    return render(request, HOME_TEMPLATES.get(role, "reporting/home_no_role.html"), context)


@login_required
def dashboard(request):
    require_perm(request, "reporting.view_kpisnapshot")
    summary = selectors.dashboard_summary(scope=request.scope, today=timezone.localdate())
    return render(request, "reporting/dashboard.html", summary)
