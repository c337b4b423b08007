"""Evaluation: campaigns to evaluate, one campaign's measures and lessons, and the digital
channel figures per CCG and month (entered, or imported from a CSV) with the month's change.
Measures and a month's figures are changed on their own edit pages (versioned)."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import (
    ccg_choice,
    ccg_for_create,
    require_model_perm,
    require_perm,
    scoped_object,
)
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors

from .. import selectors, services
from ..forms import FiguresForm, FiguresImportForm, LessonForm, MeasureForm, PlatformImportForm
from ..models import Campaign, CampaignLesson, CampaignMeasure, Channel, ChannelFigures


@login_required
def evaluation_index(request):
    require_model_perm(request, CampaignMeasure)
    campaigns = selectors.campaigns_to_evaluate(scope=request.scope)
    return render(request, "campaigns/evaluation_index.html", {"campaigns": campaigns})


def _campaign_page(request, campaign, *, measure_form=None, lesson_form=None):
    can_measure = request.scope.can("campaigns.add_campaignmeasure", campaign.ccg_id)
    can_learn = request.scope.can("campaigns.add_campaignlesson", campaign.ccg_id)
    context = {
        "campaign": campaign,
        "can_change": request.scope.can("campaigns.change_campaignmeasure", campaign.ccg_id),
        "measures": selectors.campaign_measures(campaign=campaign),
        "lessons": selectors.campaign_lessons(campaign=campaign),
        "measure_form": measure_form or (MeasureForm() if can_measure else None),
        "lesson_form": lesson_form or (LessonForm() if can_learn else None),
    }
    return render(request, "campaigns/evaluation_campaign.html", context)


@login_required
def evaluation_campaign(request, pk: int):
    require_model_perm(request, CampaignMeasure)
    return _campaign_page(request, scoped_object(request, Campaign, pk=pk))


def _add(request, pk, model, form_class, call, done, form_key):
    campaign = scoped_object(request, Campaign, pk=pk)
    require_perm(request, f"campaigns.add_{model._meta.model_name}", campaign.ccg_id)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():

        def create():
            call(campaign, form.cleaned_data)
            messages.success(request, done)
            return redirect("campaigns:evaluation_campaign", pk=campaign.pk)

        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return _campaign_page(request, campaign, **{form_key: form})


@login_required
def evaluation_measure_add(request, pk: int):
    return _add(
        request,
        pk,
        CampaignMeasure,
        MeasureForm,
        lambda campaign, data: services.campaign_measure_add(campaign=campaign, data=data),
        "Measure added.",
        "measure_form",
    )


@login_required
def evaluation_lesson_add(request, pk: int):
    return _add(
        request,
        pk,
        CampaignLesson,
        LessonForm,
        lambda campaign, data: services.campaign_lesson_add(
            campaign=campaign, data=data, by=request.user
        ),
        "Learning recorded.",
        "lesson_form",
    )


@login_required
def figures_list(request):
    require_model_perm(request, ChannelFigures)
    channel = request.GET.get("channel", "")
    channel = channel if channel in Channel.values else ""
    context = {
        "rows": selectors.channel_figures_with_change(scope=request.scope, channel=channel),
        "channel": channel,
        "channels": Channel.choices,
        "can_add": request.scope.can("campaigns.add_channelfigures"),
        "can_change": request.scope.ccg_ids_with("campaigns.change_channelfigures"),
    }
    return render(request, "campaigns/figures_list.html", context)


@login_required
def figures_add(request):
    ccg = ccg_for_create(request, ChannelFigures)
    if ccg is None:
        return ccg_choice(request, ChannelFigures, "Enter channel figures")
    form = FiguresForm(request.POST or None, instance=ChannelFigures(ccg=ccg))

    def create():
        figures = services.channel_figures_add(ccg=ccg, data=form.cleaned_data)
        messages.success(request, f"Figures saved: {figures}.")
        return redirect("campaigns:figures_list")

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "campaigns/figures_form.html", {"form": form, "ccg": ccg})


@login_required
def figures_import(request):
    ccg = ccg_for_create(request, ChannelFigures)
    if ccg is None:
        return ccg_choice(request, ChannelFigures, "Import channel figures")
    form = FiguresImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        result = services.channel_figures_import(ccg=ccg, text=form.cleaned_data["file"])
        if not result.errors:
            messages.success(
                request, f"Imported: {result.created} months added, {result.updated} replaced."
            )
            return redirect("campaigns:figures_list")
        errors = result.errors
    status = 400 if errors else 200
    context = {"form": form, "ccg": ccg, "errors": errors}
    return render(request, "campaigns/figures_import.html", context, status=status)


@login_required
def figures_import_platform(request):
    ccg = ccg_for_create(request, ChannelFigures)
    if ccg is None:
        return ccg_choice(request, ChannelFigures, "Import a platform's export")
    form = PlatformImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        result = services.channel_figures_import_platform(
            ccg=ccg,
            channel=form.cleaned_data["channel"],
            platform=form.cleaned_data["platform"],
            text=form.cleaned_data["file"],
        )
        if not result.errors:
            months = ", ".join(f"{m:%B %Y}" for m in result.months)
            messages.success(
                request,
                f"Imported from {result.platform.label}: {months} "
                f"({result.created} added, {result.updated} replaced).",
            )
            return redirect("campaigns:figures_list")
        errors = result.errors
    status = 400 if errors else 200
    context = {"form": form, "ccg": ccg, "errors": errors}
    return render(request, "campaigns/figures_import_platform.html", context, status=status)


@login_required
def evaluation_measure_edit(request, pk: int):
    measure = scoped_object(request, CampaignMeasure, "change", pk=pk)
    form = MeasureForm(request.POST or None, instance=copy.copy(measure))
    if request.method == "POST" and form.is_valid():
        try:
            services.campaign_measure_update(
                measure=measure, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Measure saved: {measure.metric}.")
            return redirect("campaigns:evaluation_campaign", pk=measure.campaign_id)
    context = {"form": form, "measure": measure, "campaign": measure.campaign}
    return render(request, "campaigns/measure_form.html", context)


@login_required
def figures_edit(request, pk: int):
    figures = scoped_object(request, ChannelFigures, "change", pk=pk)
    form = FiguresForm(request.POST or None, instance=copy.copy(figures))
    if request.method == "POST" and form.is_valid():
        try:
            services.channel_figures_update(
                figures=figures, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Figures saved: {figures}.")
            return redirect("campaigns:figures_list")
    context = {"form": form, "ccg": figures.ccg, "figures": figures}
    return render(request, "campaigns/figures_form.html", context)
