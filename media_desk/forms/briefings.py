"""Starting an MP's quarterly briefings and recording one held (each with a one-time token)."""

from django import forms

from core.concurrency import OnceForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages


class BriefingScheduleForm(NhsErrorMessages, OnceForm, forms.Form):
    starts_on = NhsDateField(
        label="First quarter", help_text="Any date in the quarter of the first briefing."
    )
    owner = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Who prepares the briefings",
        help_text="Reminders go to the comms lead when nobody is chosen.",
    )

    def __init__(self, *args, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners


class BriefingHeldForm(NhsErrorMessages, OnceForm, forms.Form):
    held_on = NhsDateField(label="Date held")
    notes = forms.CharField(label="Notes", required=False, widget=forms.Textarea(attrs={"rows": 3}))
