"""Themes and programmes: the team's own lists, one page each with its add form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import require_model_perm, scoped_object, scoped_queryset
from core.concurrency import submit_once

from .. import selectors, services
from ..forms import ProgrammeForm, ThemeForm
from ..models import Programme, Theme
from .common import add_service_errors, ccg_choice, ccg_for_create


@login_required
def theme_list(request):
    require_model_perm(request, Theme)
    themes = selectors.theme_list(scope=request.scope)
    context = {"themes": themes, "can_add": request.scope.can("engagement.add_theme")}
    return render(request, "engagement/theme_list.html", context)


@login_required
def theme_add(request):
    ccg = ccg_for_create(request, Theme)
    if ccg is None:
        return ccg_choice(request, Theme, "Add a theme")
    form = ThemeForm(request.POST or None)

    def create():
        theme = services.theme_create(ccg=ccg, name=form.cleaned_data["name"])
        messages.success(request, f"Theme '{theme.name}' added.")
        return redirect("engagement:theme_list")

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add a theme", "caption": ccg.name}
    return render(request, "simple_form.html", context)


@login_required
def theme_detail(request, pk: int):
    theme = scoped_object(request, Theme, pk=pk)
    context = {
        "theme": theme,
        **selectors.theme_related(theme=theme),
        "can_respond": request.scope.can("engagement.add_response", theme.ccg_id),
    }
    return render(request, "engagement/theme_detail.html", context)


@login_required
def programme_list(request):
    programmes = scoped_queryset(request, Programme).select_related("ccg")
    context = {
        "programmes": programmes,
        "can_add": request.scope.can("engagement.add_programme"),
    }
    return render(request, "engagement/programme_list.html", context)


@login_required
def programme_add(request):
    ccg = ccg_for_create(request, Programme)
    if ccg is None:
        return ccg_choice(request, Programme, "Add a programme")
    form = ProgrammeForm(request.POST or None)

    def create():
        programme = services.programme_create(ccg=ccg, **form.cleaned_data)
        messages.success(request, f"Programme '{programme.name}' added.")
        return redirect("engagement:programme_list")

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add a programme", "caption": ccg.name}
    return render(request, "simple_form.html", context)
