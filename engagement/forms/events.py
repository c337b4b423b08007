"""Event forms: the event, the equality monitoring counts, contacts who came, the list filter."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateTimeField, NhsErrorMessages, sections_layout

from ..models import CHARACTERISTICS, ActivityKind, Event
from ..selectors import localities_for, programmes_for, segments_for
from .common import YearField, owners_for, text_area


class EventForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    starts_at = NhsDateTimeField(
        label="Start", error_messages={"required": "Enter the start date and time of the event"}
    )
    ends_at = NhsDateTimeField(
        label="End", error_messages={"required": "Enter the end date and time of the event"}
    )

    class Meta:
        model = Event
        fields = [
            "title",
            "kind",
            "programme",
            "locality",
            "cycle_stage",
            "starts_at",
            "ends_at",
            "venue",
            "venue_capacity",
            "online_link",
            "accessibility",
            "target_segments",
            "organiser",
            "description",
            "attendance",
            "attendance_confirmed",
            "seldom_heard_reached",
        ]
        labels = {
            "target_segments": "Who it is for (target audiences)",
            "seldom_heard_reached": "Seldom-heard groups reached",
            "attendance": "How many people came",
        }
        help_texts = {
            "attendance": "Leave empty until the event has taken place.",
            "attendance_confirmed": "Tick only if more people came than the venue holds.",
            "seldom_heard_reached": "The seldom-heard groups of the stakeholder register.",
        }
        widgets = {
            "accessibility": text_area(3),
            "description": text_area(3),
            "target_segments": forms.CheckboxSelectMultiple,
            "seldom_heard_reached": forms.CheckboxSelectMultiple,
            "venue_capacity": forms.TextInput(attrs={"inputmode": "numeric"}),
            "attendance": forms.TextInput(attrs={"inputmode": "numeric"}),
        }
        error_messages = {
            "venue_capacity": {
                "min_value": "The venue's capacity cannot be below zero.",
                "invalid": "Enter the venue's capacity as a whole number, like 80.",
            },
            "attendance": {"invalid": "Enter how many people came as a whole number, like 45."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ccg = self.instance.ccg
        self.fields["programme"].queryset = programmes_for(ccg=ccg)
        self.fields["locality"].queryset = localities_for(ccg=ccg)
        self.fields["target_segments"].queryset = segments_for(ccg=ccg)
        self.fields["seldom_heard_reached"].queryset = segments_for(ccg=ccg, seldom_heard=True)
        self.fields["organiser"].queryset = owners_for(ccg)
        self.fields["kind"].choices = ActivityKind.choices
        sections_layout(
            self,
            ("The event", ("title", "kind", "starts_at", "ends_at", "locality", "organiser")),
            ("Where", ("venue", "venue_capacity", "online_link", "accessibility")),
            ("Who it is for", ("target_segments", "description", "programme", "cycle_stage")),
            ("After the event", ("attendance", "attendance_confirmed", "seldom_heard_reached")),
        )


class EqualityForm(NhsErrorMessages, forms.Form):
    """One number box per answer of the monitoring form, grouped by characteristic."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sections = []
        for code, (label, categories) in CHARACTERISTICS.items():
            names = []
            for category, answer in categories:
                name = f"{code}__{category}"
                self.fields[name] = forms.IntegerField(
                    label=answer,
                    required=False,
                    widget=forms.TextInput(
                        attrs={"inputmode": "numeric", "class": "nhsuk-input--width-4"}
                    ),
                    error_messages={
                        "invalid": f"{label}, {answer}: enter a whole number, like 12.",
                    },
                )
                names.append(name)
            sections.append(Fieldset(label, *names))
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(*sections)

    def counts(self) -> dict[str, dict[str, int | None]]:
        counts: dict[str, dict[str, int | None]] = {}
        for name, value in self.cleaned_data.items():
            code, category = name.split("__", 1)
            counts.setdefault(code, {})[category] = value
        return counts

    @classmethod
    def initial_from(cls, event: Event) -> dict[str, int]:
        return {f"{r.characteristic}__{r.category}": r.count for r in event.equality_counts.all()}


class AttendeesForm(NhsErrorMessages, forms.Form):
    contacts = forms.ModelMultipleChoiceField(
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        label="People who came",
        error_messages={"required": "Choose at least one person who came."},
    )

    def __init__(self, *args, contacts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contacts"].queryset = contacts


class EventFilterForm(NhsErrorMessages, forms.Form):
    search = forms.CharField(label="Search title or venue", required=False)
    kind = forms.ChoiceField(
        label="Type", choices=[("", "Any"), *ActivityKind.choices], required=False
    )
    year = YearField()
