from django import forms

from accounts.models import Locality
from accounts.scoping import Scope
from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsErrorMessages, sections_layout
from stakeholders.models import Organisation, OrganisationType, Sector, Segment
from stakeholders.selectors import organisation_filter_localities

from .common import InputForm, score_field, segment_choices


class OrganisationSearchForm(NhsErrorMessages, forms.Form):
    q = forms.CharField(label="Search by name", required=False)
    type = forms.ChoiceField(
        label="Type", required=False, choices=[("", "Any"), *OrganisationType.choices]
    )
    sector = forms.ChoiceField(
        label="Sector", required=False, choices=[("", "Any"), *Sector.choices]
    )
    locality = forms.TypedChoiceField(
        label="Locality", required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        localities = organisation_filter_localities(scope=scope)
        self.fields["locality"].choices = [("", "Any"), *((loc.pk, loc.name) for loc in localities)]


class OrganisationForm(VersionedForm, OnceForm, InputForm):
    interest = score_field("Interest")
    influence = score_field("Influence")

    class Meta:
        model = Organisation
        fields = [
            "name",
            "type",
            "sector",
            "parent",
            "locality",
            "email",
            "phone",
            "address",
            "website",
            "interest",
            "influence",
            "stance",
            "notes",
        ]
        error_messages = {"name": {"required": "Enter the organisation's name"}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ccg_id = self.instance.ccg_id
        parents = Organisation.objects.for_ccgs([ccg_id])
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        self.fields["locality"].queryset = Locality.objects.filter(ccg_id=ccg_id)
        sections_layout(
            self,
            ("The organisation", ("name", "type", "sector", "parent", "locality")),
            ("How to contact it", ("email", "phone", "address", "website")),
            ("Relationship", ("interest", "influence", "stance", "notes")),
        )


class SegmentForm(VersionedForm, OnceForm, InputForm):
    class Meta:
        model = Segment
        fields = ["name", "kind", "parent", "description"]
        error_messages = {
            "name": {"required": "Enter the segment's name"},
            "kind": {"required": "Select the kind of segment"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        segments = Segment.objects.for_ccgs([self.instance.ccg_id])
        if self.instance.pk:
            segments = segments.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = segments
        self.fields["parent"].choices = [
            ("", "None: a top-level segment"),
            *segment_choices(list(segments)),
        ]
