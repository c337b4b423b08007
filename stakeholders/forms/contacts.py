from django import forms

from accounts.models import Locality, User
from accounts.scoping import Scope
from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsErrorMessages, sections_layout
from stakeholders.models import (
    Contact,
    ContactKind,
    FormatNeed,
    Organisation,
    OrganisationType,
    Quadrant,
    Segment,
)
from stakeholders.selectors import CONSENT_CHOICES, contact_filter_choices

from .common import InputForm, score_field, segment_choices


def _any(choices) -> list:
    return [("", "Any"), *choices]


class ContactSearchForm(NhsErrorMessages, forms.Form):
    q = forms.CharField(label="Search by name, e-mail or organisation", required=False)
    kind = forms.ChoiceField(label="Kind", required=False, choices=_any(ContactKind.choices))
    organisation_type = forms.ChoiceField(
        label="Organisation type", required=False, choices=_any(OrganisationType.choices)
    )
    segment = forms.TypedChoiceField(label="Segment", required=False, coerce=int, empty_value=None)
    locality = forms.TypedChoiceField(
        label="Locality", required=False, coerce=int, empty_value=None
    )
    quadrant = forms.ChoiceField(label="Quadrant", required=False, choices=_any(Quadrant.choices))
    distribution_list = forms.TypedChoiceField(
        label="Distribution list", required=False, coerce=int, empty_value=None
    )
    consent = forms.ChoiceField(label="Consent", required=False, choices=_any(CONSENT_CHOICES))
    needs = forms.BooleanField(
        label="Only people with accessible information needs", required=False
    )

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        # Only CCGs where the user may view contacts: an id from any other is not a choice.
        choices = contact_filter_choices(scope=scope)
        self.fields["segment"].choices = _any(segment_choices(choices["segments"]))
        self.fields["locality"].choices = _any((loc.pk, loc.name) for loc in choices["localities"])
        self.fields["distribution_list"].choices = _any((d.pk, d.name) for d in choices["lists"])


# The essentials first: who they are and how to reach them; the rest when known.
CONTACT_SECTIONS = (
    ("Who they are", ("kind", "title", "first_name", "last_name", "job_title", "organisation")),
    ("How to contact them", ("email", "phone", "mobile", "address", "locality")),
    ("MPs and councillors", ("constituency", "party", "authority", "ward")),
    (
        "Accessible information",
        ("format_needs", "preferred_language", "communication_notes"),
    ),
    (
        "Relationship",
        ("segments", "interest", "influence", "stance", "relationship_owner", "notes"),
    ),
)


class ContactForm(VersionedForm, OnceForm, InputForm):
    format_needs = forms.MultipleChoiceField(
        label="Accessible information needs",
        choices=FormatNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Accessible Information Standard: shown wherever this contact is used.",
    )
    interest = score_field("Interest")
    influence = score_field("Influence")

    class Meta:
        model = Contact
        fields = [
            "kind",
            "title",
            "first_name",
            "last_name",
            "job_title",
            "organisation",
            "email",
            "phone",
            "mobile",
            "address",
            "locality",
            "constituency",
            "party",
            "authority",
            "ward",
            "segments",
            "format_needs",
            "preferred_language",
            "communication_notes",
            "interest",
            "influence",
            "stance",
            "relationship_owner",
            "notes",
        ]
        widgets = {"segments": forms.CheckboxSelectMultiple}
        error_messages = {"kind": {"required": "Select the kind of contact"}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the contact's own CCG's organisations, localities, segments and people.
        ccg_id = self.instance.ccg_id
        self.fields["organisation"].queryset = Organisation.objects.for_ccgs([ccg_id])
        self.fields["locality"].queryset = Locality.objects.filter(ccg_id=ccg_id)
        segments = list(Segment.objects.for_ccgs([ccg_id]))
        self.fields["segments"].queryset = Segment.objects.for_ccgs([ccg_id])
        self.fields["segments"].choices = segment_choices(segments)
        self.fields["relationship_owner"].queryset = User.objects.filter(
            memberships__ccg_id=ccg_id, is_active=True
        ).order_by("full_name")
        self.fields["email"].label = "Email"
        sections_layout(self, *CONTACT_SECTIONS)


class ContactCreateForm(ContactForm):
    new_organisation = forms.CharField(
        label="Organisation not listed? Enter its name",
        required=False,
        max_length=200,
        help_text="It is added to the register with this contact (or found, if it is there).",
    )
    asked_to_return = forms.BooleanField(
        label="This person was erased from the register before and has asked to be added again",
        required=False,
    )

    class Meta(ContactForm.Meta):
        fields = [*ContactForm.Meta.fields, "asked_to_return"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        order = list(self.fields)
        order.remove("new_organisation")
        order.insert(order.index("organisation") + 1, "new_organisation")
        self.order_fields(order)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("organisation") and cleaned.get("new_organisation", "").strip():
            self.add_error(
                "new_organisation",
                "Choose the organisation from the list or enter a new one's name, not both",
            )
        return cleaned
