from django import forms
from django.utils import timezone

from accounts.roles import COMMS
from accounts.scoping import Scope
from accounts.selectors import ccg_people
from nhsuk_forms.fields import NhsErrorMessages
from stakeholders.models import ContactKind
from stakeholders.selectors import contacts_of_kinds

from .models import Category, Kind
from .selectors import QueueFilters

STATES = [("", "Any"), ("overdue", "Overdue"), ("due_soon", "Due soon"), ("on_track", "On track")]


class QueueFilterForm(NhsErrorMessages, forms.Form):
    search = forms.CharField(label="Search subject, details or requester", required=False)
    kind = forms.ChoiceField(choices=[("", "Any"), *Kind.choices], required=False)
    state = forms.ChoiceField(choices=STATES, required=False, label="Deadline")
    owner = forms.ModelChoiceField(queryset=None, required=False, empty_label="Anyone")
    outlet = forms.CharField(required=False, label="Outlet")
    mp = forms.ModelChoiceField(
        queryset=None, required=False, empty_label="Any", label="MP or councillor"
    )
    category = forms.ChoiceField(choices=[("", "Any"), *Category.choices], required=False)
    include_closed = forms.BooleanField(required=False, label="Include closed items")

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        ccg_ids = scope.ccg_ids_with("media_desk.view_enquiry")
        self.fields["owner"].queryset = ccg_people(ccg_ids=ccg_ids, role=COMMS)
        self.fields["mp"].queryset = contacts_of_kinds(
            ccg_ids=ccg_ids, kinds=[ContactKind.MP, ContactKind.COUNCILLOR]
        )

    def filters(self) -> QueueFilters:
        data = self.cleaned_data
        return QueueFilters(
            kind=data["kind"],
            state=data["state"],
            owner=data["owner"].pk if data["owner"] else None,
            outlet=data["outlet"],
            mp=data["mp"].pk if data["mp"] else None,
            category=data["category"],
            search=data["search"],
            include_closed=data["include_closed"],
        )


class FoiYearForm(NhsErrorMessages, forms.Form):
    """The FOI statistics page's financial year (this one and the four before it)."""

    year = forms.TypedChoiceField(label="Financial year", coerce=int, required=False)

    def __init__(self, *args, current: int | None = None, years: int = 5, **kwargs):
        super().__init__(*args, **kwargs)
        if current is None:
            today = timezone.localdate()
            current = today.year if today.month >= 4 else today.year - 1
        self.fields["year"].choices = [
            (y, f"April {y} to March {y + 1}") for y in range(current, current - years, -1)
        ]

    def chosen(self) -> int:
        year = self.cleaned_data.get("year") if self.is_valid() else None
        return year or int(self.fields["year"].choices[0][0])
