import datetime

from django import forms

from nhsuk_forms.fields import NhsErrorMessages


class MonthForm(NhsErrorMessages, forms.Form):
    """The dashboard's month selector (a GET form: it changes nothing)."""

    month = forms.ChoiceField(label="Month", required=False)

    def __init__(self, *args, months: list[datetime.date], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["month"].choices = [(f"{m:%Y-%m}", f"{m:%B %Y}") for m in months]

    def chosen(self, default: datetime.date) -> datetime.date:
        if self.is_valid() and self.cleaned_data["month"]:
            return datetime.date.fromisoformat(self.cleaned_data["month"] + "-01")
        return default
