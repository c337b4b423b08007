"""Spokespeople, press releases and coverage: small registers, one list and one form each."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from accounts.access import require_model_perm, scoped_object, scoped_queryset
from accounts.scoping import model_perm
from accounts.selectors import ccgs_with
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors
from core.listing import paginate

from .. import services
from ..forms import CoverageForm, PressReleaseForm, SpokespersonForm
from ..models import Coverage, PressRelease, Spokesperson
from ..navigation import desk_nav

REGISTERS = {
    "spokespeople": (Spokesperson, SpokespersonForm, "Spokespeople"),
    "press-releases": (PressRelease, PressReleaseForm, "Press releases"),
    "coverage": (Coverage, CoverageForm, "Media coverage"),
}
ADD_HEADINGS = {
    "spokespeople": "Add a spokesperson",
    "press-releases": "Add a press release",
    "coverage": "Add coverage",
}


def _register(register: str):
    if register not in REGISTERS:
        raise Http404
    return REGISTERS[register]


@login_required
def register_list(request, register: str):
    model, _, title = _register(register)
    items = scoped_queryset(request, model).select_related("ccg")
    if model is PressRelease:  # its approval status, from its content item
        items = items.select_related("content__approver")
    page, query = paginate(request, items)
    can_add = request.scope.can(f"media_desk.add_{model._meta.model_name}")
    context = {
        "page": page,
        "query": query,
        "title": title,
        "register": register,
        "can_add": can_add,
        "add_heading": ADD_HEADINGS[register],
        "desk_nav": desk_nav(scope=request.scope, current=register),
    }
    return render(request, f"media_desk/{model._meta.model_name}_list.html", context)


@login_required
def register_edit(request, register: str, pk: int | None = None):
    model, form_class, title = _register(register)
    if pk is None:
        require_model_perm(request, model, "add")
        instance = model()
    else:
        instance = scoped_object(request, model, "change", pk=pk)
    ccgs = ccgs_with(scope=request.scope, perm=model_perm(model, "add"))
    form = form_class(request.POST or None, instance=instance, ccgs=ccgs, scope=request.scope)

    def add():
        services.register_add(item=form.instance, by=request.user)
        return saved()

    def saved():
        messages.success(request, f"Saved: {form.instance}.")
        return redirect("media_desk:register_list", register=register)

    if request.method == "POST" and form.is_valid():
        try:
            if pk is None:
                return submit_once(request, form, add)  # sent twice, added once
            services.register_update(
                item=form.instance,
                data=form.edit_data(),
                version=form.posted_version,
                by=request.user,
            )
            return saved()
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
    heading = f"Edit {instance}" if instance.pk else ADD_HEADINGS[register]
    context = {
        "form": form,
        "title": title,
        "heading": heading,
        "register": register,
        "instance": instance,
        "desk_nav": desk_nav(scope=request.scope, current=register),
    }
    return render(request, "media_desk/register_form.html", context)
