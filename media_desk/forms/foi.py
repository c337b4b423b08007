"""Forms of the FOI case: the decision, the public interest extension and the letters. They check
input only; the services (`services.foi_decision`, `services.foi_letters`) apply the Act's rules."""

from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateTimeField, NhsErrorMessages

from ..models import EXEMPTIONS, FoiDecision, LetterKind, Outcome
from ..models.foi import COST_LIMIT_HOURS, COST_LIMIT_POUNDS
from ..services.foi_decision import SIDES, DecisionData, public_interest_field

QUALIFIED = [e for e in EXEMPTIONS if not e.absolute]
SIDE_LABELS = {"for": "Public interest in disclosure", "against": "Public interest in withholding"}


class FoiDecisionForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    """The first record carries a one-time token; a change, the version it was opened at."""

    outcome = forms.ChoiceField(
        label="Outcome",
        choices=[("", "Not decided yet (exemptions under consideration)"), *Outcome.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    # Not "exemptions": that is the decision's own relation, which the conflict page would read.
    sections = forms.MultipleChoiceField(
        label="Exemptions cited or under consideration",
        choices=[(e.section, e.label) for e in EXEMPTIONS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="A qualified exemption needs its public interest test (below) once decided.",
    )
    cost_estimate_hours = forms.DecimalField(
        label="Cost estimate, in hours",
        required=False,
        min_value=0,
        max_digits=6,
        decimal_places=1,
        help_text=f"The limit is {COST_LIMIT_HOURS:.0f} hours (£{COST_LIMIT_POUNDS}).",
    )

    class Meta:
        model = FoiDecision
        fields = ["outcome", "cost_estimate_hours", "over_cost_limit_confirmed"]
        fields += ["advice_and_assistance"]
        labels = {
            "over_cost_limit_confirmed": "The estimate is over the limit, and the information "
            "is provided in full all the same",
            "advice_and_assistance": "Advice and assistance offered (s.16)",
        }
        widgets = {"advice_and_assistance": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cited = {}
        if self.instance.pk:
            cited = {c.section: c for c in self.instance.exemptions.all()}
            self.fields["sections"].initial = list(cited)
        for exemption in QUALIFIED:
            saved = cited.get(exemption.section)
            for side in SIDES:
                name = public_interest_field(exemption.section, side)
                self.fields[name] = forms.CharField(
                    label=f"{SIDE_LABELS[side]}: s.{exemption.section} {exemption.title}",
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 2}),
                    initial=getattr(saved, f"public_interest_{side}", "") if saved else "",
                )

    def public_interest_rows(self):
        """For the template: each qualified exemption with its two fields."""
        return [
            (e, [self[public_interest_field(e.section, side)] for side in SIDES]) for e in QUALIFIED
        ]

    def decision_data(self) -> DecisionData:
        data = self.edit_data() if self.instance.pk else dict(self.cleaned_data)
        exemptions = {
            section: tuple(
                (self.cleaned_data.get(public_interest_field(section, side)) or "").strip()
                for side in SIDES
            )
            for section in self.cleaned_data.get("sections", [])
        }
        return DecisionData(
            outcome=data.get("outcome") or "",
            cost_estimate_hours=data.get("cost_estimate_hours"),
            over_cost_limit_confirmed=bool(data.get("over_cost_limit_confirmed")),
            advice_and_assistance=(data.get("advice_and_assistance") or "").strip(),
            exemptions=exemptions,
        )


class FoiExtensionForm(NhsErrorMessages, OnceForm, forms.Form):
    requester_told_of_extension_at = NhsDateTimeField(
        label="When was the requester told of the extension?",
        help_text="By the original deadline: the extension cannot be claimed after it.",
        error_messages={"required": "Enter when the requester was told of the extension"},
    )


class FoiLetterForm(NhsErrorMessages, OnceForm, forms.Form):
    kind = forms.ChoiceField(label="Letter", choices=LetterKind.choices, widget=forms.RadioSelect)
