"""Small forms: a theme, a programme, the reach period and the annual report's year."""

from django import forms

from core.concurrency import OnceForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..periods import Period, financial_year, financial_year_of, report_years
from .common import YearField, text_area


class ThemeForm(NhsErrorMessages, OnceForm, forms.Form):
    name = forms.CharField(label="Theme", max_length=100)


class ProgrammeForm(NhsErrorMessages, OnceForm, forms.Form):
    name = forms.CharField(label="Programme", max_length=200)
    description = forms.CharField(required=False, widget=text_area(3))


class PeriodForm(NhsErrorMessages, forms.Form):
    """A financial year, or dates of one's own (which win when given)."""

    year = YearField(blank=None)
    start = NhsDateField(label="Or from", required=False)
    end = NhsDateField(label="To", required=False)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if bool(start) != bool(end) and not self.errors:
            missing = "end" if start else "start"
            self.add_error(missing, "Enter both dates of the period, or neither.")
        elif start and end and end < start:
            self.add_error("end", "The end of the period must be on or after its start.")
        return cleaned

    def period(self, default_year: int) -> Period:
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        if data.get("start") and data.get("end"):
            return Period(data["start"], data["end"])
        return financial_year(data.get("year") or default_year)


class AnnualReportForm(NhsErrorMessages, forms.Form):
    """The current financial year first (the report so far, while it is open), then earlier."""

    ccg = forms.ModelChoiceField(queryset=None, label="CCG", empty_label=None)
    year = forms.TypedChoiceField(label="Financial year", coerce=int)

    def __init__(self, *args, ccgs, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ccg"].queryset = ccgs
        self.fields["year"].choices = report_years(today)
        self.fields["year"].initial = financial_year_of(today)
