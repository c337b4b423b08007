"""Forms for what happens around a stakeholder: interactions, maps, lists and consent."""

from django import forms
from django.utils import timezone

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages
from stakeholders.models import (
    DistributionList,
    Interaction,
    InteractionKind,
    LawfulBasis,
    MapEntry,
    StakeholderMap,
    Stance,
    WithdrawalReason,
)

from .common import InputForm, score_field


class InteractionForm(OnceForm, InputForm):
    occurred_on = NhsDateField(
        label="Date",
        help_text="For example, 15 3 2026",
        error_messages={"required": "Enter the date of the interaction"},
    )

    class Meta:
        model = Interaction
        fields = ["kind", "occurred_on", "summary", "owner"]
        error_messages = {"kind": {"required": "Select the kind of interaction"}}

    def __init__(self, *args, users=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = InteractionKind.choices
        if users is not None:
            self.fields["owner"].queryset = users
        self.initial.setdefault("occurred_on", timezone.localdate())


class StakeholderMapForm(VersionedForm, OnceForm, InputForm):
    class Meta:
        model = StakeholderMap
        fields = ["name", "purpose", "description"]
        error_messages = {"name": {"required": "Enter the map's name"}}


class MapEntryForm(VersionedForm, InputForm):
    interest = score_field("Interest")
    influence = score_field("Influence")

    class Meta:
        model = MapEntry
        fields = ["interest", "influence", "stance", "notes"]


class MapAddForm(NhsErrorMessages, OnceForm, forms.Form):
    stakeholder_map = forms.ModelChoiceField(
        label="Stakeholder map", queryset=StakeholderMap.objects.none()
    )
    interest = score_field("Interest on this map")
    influence = score_field("Influence on this map")
    stance = forms.ChoiceField(
        label="Stance", choices=[("", "Not set"), *Stance.choices], required=False
    )

    def __init__(self, *args, maps=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stakeholder_map"].queryset = (
            maps if maps is not None else StakeholderMap.objects.none()
        )
        for name in ("interest", "influence"):
            self.fields[name].help_text = "Leave empty to start from their overall score."


class DistributionListForm(VersionedForm, OnceForm, InputForm):
    class Meta:
        model = DistributionList
        fields = ["name", "description", "archived"]
        error_messages = {"name": {"required": "Enter the list's name"}}


class SubscribeForm(NhsErrorMessages, OnceForm, forms.Form):
    distribution_list = forms.ModelChoiceField(
        label="List", queryset=DistributionList.objects.none()
    )
    lawful_basis = forms.ChoiceField(
        label="Lawful basis", choices=LawfulBasis.choices, widget=forms.RadioSelect
    )
    consent_date = NhsDateField(
        label="Date consent was given",
        required=False,
        help_text="Needed when the basis is consent.",
    )
    source = forms.CharField(
        label="Where the consent or request came from",
        max_length=200,
        help_text="For example: paper form at the Bootle roadshow, 12 March 2026.",
    )
    fresh_consent = forms.BooleanField(
        label="They withdrew from this list before and have given fresh consent to rejoin",
        required=False,
    )

    def __init__(self, *args, lists=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["distribution_list"].queryset = (
            lists if lists is not None else DistributionList.objects.none()
        )


class WithdrawForm(NhsErrorMessages, forms.Form):
    reason = forms.ChoiceField(
        label="Why are they leaving the list?",
        error_messages={"required": "Select why they are leaving the list"},
        choices=[c for c in WithdrawalReason.choices if c[0] != WithdrawalReason.ERASED],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label="Note", max_length=200, required=False)
    withdrawn_on = NhsDateField(
        label="Date they withdrew", required=False, help_text="Today if left empty."
    )
