""" "We did": answering a feedback item or a theme, the tracker, and publishing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import require_model_perm, require_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.listing import paginate

from .. import presenters, selectors, services
from ..forms import ResponseFilterForm, ResponseForm
from ..models import Feedback, Response, Theme
from ..resources import ResponseExport
from .common import add_service_errors, export, form_copy, now


def _respond(request, *, feedback: Feedback | None = None, theme: Theme | None = None):
    subject = feedback or theme
    require_perm(request, "engagement.add_response", subject.ccg_id)
    if feedback is not None and hasattr(feedback, "response"):
        return redirect("engagement:response_detail", pk=feedback.response.pk)
    you_said = feedback.text if feedback else f"People told us about {theme.name.lower()}."
    form = ResponseForm(
        request.POST or None,
        instance=Response(ccg=subject.ccg, feedback=feedback, theme=theme),
        initial={"you_said": you_said, "owner": request.user.pk},
    )

    def create():
        response = services.response_create(
            feedback=feedback, theme=theme, data=form.cleaned_data, by=request.user
        )
        messages.success(request, f"Response saved: due {presenters.due_display(response)}.")
        return redirect("engagement:response_detail", pk=response.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "feedback": feedback, "theme": theme}
    return render(request, "engagement/response_form.html", context)


@login_required
def response_add_for_feedback(request, pk: int):
    return _respond(request, feedback=scoped_object(request, Feedback, pk=pk))


@login_required
def response_add_for_theme(request, pk: int):
    return _respond(request, theme=scoped_object(request, Theme, pk=pk))


def _tracked(request):
    require_model_perm(request, Response)
    form = ResponseFilterForm(request.GET or None)
    state = form.cleaned_data.get("state") if form.is_valid() else ""
    return form, selectors.response_list(scope=request.scope, state=state or "open", now=now())


@login_required
def response_export(request, fmt: str):
    _, responses = _tracked(request)
    return export(fmt, resource=ResponseExport(), items=responses, filename="we-did")


@login_required
def response_list(request):
    form, responses = _tracked(request)
    page, query = paginate(request, responses)
    rows = [presenters.ResponseRow(response=r, now=now()) for r in page]
    context = {"form": form, "page": page, "rows": rows, "query": query}
    return render(request, "engagement/response_list.html", context)


@login_required
def response_detail(request, pk: int):
    response = scoped_object(request, Response, pk=pk)
    context = {
        "response": response,
        "row": presenters.ResponseRow(response=response, now=now()),
        "can_change": request.scope.can("engagement.change_response", response.ccg_id),
    }
    return render(request, "engagement/response_detail.html", context)


@login_required
def response_edit(request, pk: int):
    response = scoped_object(request, Response, "change", pk=pk)
    form = ResponseForm(request.POST or None, instance=form_copy(response))
    if request.method == "POST" and form.is_valid():
        try:
            services.response_update(
                response=response,
                data=form.edit_data(),
                version=form.posted_version,
                by=request.user,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            saved = "Response saved."
            if response.has_unpublished_changes:
                saved += " The public page shows the last published text until you publish again."
            messages.success(request, saved)
            return redirect("engagement:response_detail", pk=response.pk)
    context = {"form": form, "response": response}
    return render(request, "engagement/response_form.html", context)


@login_required
@require_POST
def response_publish(request, pk: int):
    response = scoped_object(request, Response, "change", pk=pk)
    try:
        services.response_publish(response=response, by=request.user)
    except ValidationError as error:
        # The edit form, filled in with what is saved, shows the refusal on its fields.
        saved = model_to_dict(response, fields=ResponseForm._meta.fields)
        saved["version"] = response.version
        form = ResponseForm(saved, instance=form_copy(response))
        form.is_valid()
        add_service_errors(form, error)
        context = {"form": form, "response": response, "publishing": True}
        return render(request, "engagement/response_form.html", context, status=400)
    messages.success(request, "Published on the public 'you said, we did' page.")
    return redirect("engagement:response_detail", pk=response.pk)


@login_required
@require_POST
def response_unpublish(request, pk: int):
    response = scoped_object(request, Response, "change", pk=pk)
    services.response_unpublish(response=response)
    messages.success(request, "Taken off the public page.")
    return redirect("engagement:response_detail", pk=response.pk)
