import datetime

from django import forms

from core.concurrency import OnceForm
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


class ReportRegenerateForm(NhsErrorMessages, OnceForm, forms.Form):
    """Make a report again: a CCG the user may do it for and, for the monthly KPI report, the
    month (the action-plan report is made as the actions stand now, for this fortnight)."""

    ccg = forms.ModelChoiceField(queryset=None, label="CCG", empty_label=None)
    month = forms.ChoiceField(label="Month")

    def __init__(self, *args, ccgs, months: list[datetime.date] | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ccg"].queryset = ccgs
        if months is None:
            del self.fields["month"]
        else:
            self.fields["month"].choices = [(f"{m:%Y-%m}", f"{m:%B %Y}") for m in months]

    def period(self, *, today: datetime.date) -> datetime.date:
        month = self.cleaned_data.get("month")
        return datetime.date.fromisoformat(f"{month}-01") if month else today
