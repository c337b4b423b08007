"""What the engagement forms share: owners to choose from, and financial years."""

from django import forms
from django.utils import timezone

from accounts.models import Ccg
from accounts.roles import COMMS
from accounts.selectors import ccg_people

from ..periods import financial_year, recent_financial_years


def owners_for(ccg: Ccg):
    return ccg_people(ccg_ids=[ccg.pk], role=COMMS)


def year_choices(blank: str | None = "Any time") -> list[tuple[str, str]]:
    years = recent_financial_years(timezone.localdate())
    choices = [(str(y), financial_year(y).describe()) for y in years]
    return [("", blank), *choices] if blank is not None else choices


class YearField(forms.TypedChoiceField):
    def __init__(self, *, blank: str | None = "Any time", **kwargs):
        kwargs.setdefault("label", "Financial year")
        super().__init__(
            choices=year_choices(blank), coerce=int, empty_value=None, required=False, **kwargs
        )


def text_area(rows: int = 4) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})
