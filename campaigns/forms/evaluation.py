"""Evaluation forms: a campaign measure, a lesson, a month's channel figures, the CSV upload."""

from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..models import DIGITAL_CHANNELS, CampaignLesson, CampaignMeasure, Channel, ChannelFigures

MAX_CSV_BYTES = 2 * 1024 * 1024
NUMBER = {"invalid": "Enter a number, like 1250", "min_value": "Enter a number of 0 or more"}


class MeasureForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    period_starts_on = NhsDateField(label="Start of the period")
    period_ends_on = NhsDateField(label="End of the period")

    class Meta:
        model = CampaignMeasure
        fields = [
            "metric",
            "channel",
            "baseline",
            "target",
            "actual",
            "period_starts_on",
            "period_ends_on",
        ]
        labels = {"metric": "What is measured", "channel": "Channel"}
        help_texts = {"metric": "For example: flu jabs given to over-65s, or link clicks."}
        error_messages = {
            "metric": {"required": "Enter what is measured"},
            "baseline": NUMBER,
            "target": NUMBER,
            "actual": NUMBER,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = [("", "All channels"), *Channel.choices]


class LessonForm(NhsErrorMessages, OnceForm, forms.ModelForm):
    class Meta:
        model = CampaignLesson
        fields = ["worked", "change"]
        widgets = {
            "worked": forms.Textarea(attrs={"rows": 3}),
            "change": forms.Textarea(attrs={"rows": 3}),
        }


class FiguresForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    month = NhsDateField(label="Month", help_text="Any day of the month, for example 1 11 2026.")

    class Meta:
        model = ChannelFigures
        fields = ["channel", "month", *ChannelFigures.FIGURES]
        widgets = {"channel": forms.RadioSelect}
        error_messages = {
            "channel": {"required": "Select the channel"},
            **{name: NUMBER for name in ChannelFigures.FIGURES},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = [(c.value, c.label) for c in DIGITAL_CHANNELS]
        self.fields["month"].error_messages["required"] = "Enter the month"

    def clean_month(self):
        return self.cleaned_data["month"].replace(day=1)


class FiguresImportForm(NhsErrorMessages, OnceForm, forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=(
            "Columns: Month (like 2026-11), Channel, Followers, Reach, Engagement, "
            "Subscribers, Page views. Leave a figure empty when the channel has none."
        ),
        error_messages={"required": "Select a CSV file"},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_CSV_BYTES:
            raise forms.ValidationError("The file must be smaller than 2 MB")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError("The file must be a CSV file saved as UTF-8") from None


PLATFORM_CHOICES = [
    ("", "Tell from the file's header row"),
    ("meta", "Meta Business Suite (Facebook or Instagram insights)"),
    ("x", "X analytics (account overview)"),
    ("ga4", "Google Analytics 4 (website report)"),
]
PLATFORM_CHANNELS = (Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X, Channel.WEBSITE)


class PlatformImportForm(FiguresImportForm):
    """A platform's own daily export, for one channel of the CCG."""

    platform = forms.ChoiceField(
        label="Which platform is the export from?",
        choices=PLATFORM_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    channel = forms.ChoiceField(
        label="Which channel are the figures for?",
        choices=[(c.value, c.label) for c in PLATFORM_CHANNELS],
        widget=forms.RadioSelect,
        error_messages={"required": "Select the channel"},
    )
    file = forms.FileField(
        label="The platform's CSV export",
        help_text="One row a day, as the platform exports it. Up to 2 MB.",
        error_messages={"required": "Select a CSV file"},
    )

    field_order = ["platform", "channel", "file"]
