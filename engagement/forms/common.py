"""What the engagement forms share: owners to choose from, and financial years."""

from django import forms
from django.utils import timezone

from accounts.models import Ccg, User

from ..periods import financial_year, recent_financial_years

COMMS_TEAM = "Comms team"


def owners_for(ccg: Ccg):
    return User.objects.filter(memberships__ccg=ccg, memberships__role__name=COMMS_TEAM).order_by(
        "full_name"
    )


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
