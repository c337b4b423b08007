"""The public page's filter: CCG, theme and period, all optional, all in the query string."""

from django import forms
from django.utils import timezone

from nhsuk_forms.fields import NhsErrorMessages

from ..periods import Period, financial_year, last_months, recent_financial_years


def period_choices() -> list[tuple[str, str]]:
    years = recent_financial_years(timezone.localdate())
    return [
        ("", "Any time"),
        ("3m", "The last 3 months"),
        ("12m", "The last 12 months"),
        *((f"fy{y}", financial_year(y).describe()) for y in years),
    ]


class PublicFilterForm(NhsErrorMessages, forms.Form):
    ccg = forms.ChoiceField(label="Clinical commissioning group", required=False)
    theme = forms.ChoiceField(required=False)
    period = forms.ChoiceField(label="Published", required=False)

    def __init__(self, *args, ccgs, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ccg"].choices = [("", "All"), *ccgs]
        self.fields["theme"].choices = [("", "All"), *themes]
        self.fields["period"].choices = period_choices()

    def chosen_period(self) -> Period | None:
        value = self.cleaned_data.get("period", "") if self.is_valid() else ""
        today = timezone.localdate()
        if value in ("3m", "12m"):
            return last_months(today, int(value[:-1]))
        if value.startswith("fy") and value[2:].isdigit():
            return financial_year(int(value[2:]))
        return None
