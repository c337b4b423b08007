from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from core.listing import paginate

from . import selectors, services
from .forms import CcgSwitchForm
from .middleware import SESSION_KEY


@login_required
@require_POST
def ccg_switch(request):
    """Pick one of the user's CCGs (or all of them) for every page that follows."""
    form = CcgSwitchForm(request.POST)
    form.is_valid()
    ccg_id = form.cleaned_data.get("ccg")
    if ccg_id in request.scope.member_ccg_ids:
        request.session[SESSION_KEY] = ccg_id
    else:
        request.session.pop(SESSION_KEY, None)
    target = form.cleaned_data.get("next") or "/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    return redirect(target)


@login_required
def notification_list(request):
    page, query = paginate(request, selectors.notification_list(user=request.user))
    response = render(request, "accounts/notification_list.html", {"page": page, "query": query})
    services.notifications_mark_read(user=request.user)  # after rendering, so new ones stand out
    return response
