"""Asking for a correction on coverage (one-time token) and following it up (at its version)."""

from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..models import CorrectionOutcome, CorrectionRequest

MESSAGES = {
    "what_is_wrong": {"required": "Enter what is wrong in the coverage"},
    "correction_asked": {"required": "Enter the correction or rebuttal asked for"},
    "requested_of": {"required": "Enter who the correction was asked of"},
}
WIDGETS = {
    "what_is_wrong": forms.Textarea(attrs={"rows": 3}),
    "correction_asked": forms.Textarea(attrs={"rows": 3}),
    "outcome": forms.RadioSelect,
    "outcome_note": forms.Textarea(attrs={"rows": 3}),
}


class CorrectionRequestForm(NhsErrorMessages, OnceForm, forms.ModelForm):
    requested_on = NhsDateField(label="Date requested")

    class Meta:
        model = CorrectionRequest
        fields = ["what_is_wrong", "correction_asked", "requested_of", "requested_on"]
        widgets = WIDGETS
        error_messages = MESSAGES

    def _post_clean(self) -> None:
        return  # the service builds the request in the coverage's CCG and checks it


class CorrectionOutcomeForm(NhsErrorMessages, VersionedForm, forms.ModelForm):
    """The request as asked, and what came of it."""

    requested_on = NhsDateField(label="Date requested")
    outcome_on = NhsDateField(
        label="Date of the outcome", required=False, help_text="Leave empty while pending."
    )

    class Meta:
        model = CorrectionRequest
        fields = [
            "what_is_wrong",
            "correction_asked",
            "requested_of",
            "requested_on",
            "outcome",
            "outcome_on",
            "outcome_note",
        ]
        widgets = WIDGETS
        error_messages = {**MESSAGES, "outcome": {"required": "Select the outcome"}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = CorrectionOutcome.choices

    def _post_clean(self) -> None:
        return  # the instance stays as saved: the service compares, checks and applies
