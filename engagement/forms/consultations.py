"""Forms for consultations: the consultation, one checklist item, the decision and report."""

from datetime import timedelta

from django import forms
from django.utils import timezone

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..models import STANDARD_LENGTH, Consultation
from ..selectors import programmes_for
from .common import owners_for, text_area


class ConsultationForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    opens_on = NhsDateField(
        label="Opens on", error_messages={"required": "Enter the date the consultation opens"}
    )
    closes_on = NhsDateField(
        label="Closes on",
        help_text="12 weeks after it opens, by default.",
        error_messages={"required": "Enter the date the consultation closes"},
    )

    class Meta:
        model = Consultation
        fields = [
            "title",
            "programme",
            "summary",
            "opens_on",
            "closes_on",
            "shortened_reason",
            "statutory_basis",
            "stakeholder_map",
            "owner",
        ]
        widgets = {
            "summary": text_area(5),
            "shortened_reason": text_area(3),
            "statutory_basis": forms.RadioSelect,
        }
        help_texts = {
            "shortened_reason": "Needed only when it runs for less than 12 weeks.",
            "stakeholder_map": "The stakeholder map made for this consultation.",
        }

    def __init__(self, *args, maps, **kwargs):
        super().__init__(*args, **kwargs)
        ccg = self.instance.ccg
        self.fields["programme"].queryset = programmes_for(ccg=ccg)
        self.fields["stakeholder_map"].queryset = maps
        self.fields["owner"].queryset = owners_for(ccg)
        if self.instance.pk is None and not self.is_bound:
            opens = timezone.localdate() + timedelta(days=14)
            self.initial.update({"opens_on": opens, "closes_on": opens + STANDARD_LENGTH})


class CheckForm(NhsErrorMessages, forms.Form):
    done_on = NhsDateField(label="Done on", required=False)
    evidence = forms.CharField(
        label="Evidence", required=False, widget=text_area(4), help_text="Where it is recorded."
    )


class ReportForm(NhsErrorMessages, VersionedForm, forms.ModelForm):
    decision_on = NhsDateField(label="Decision date", required=False)

    class Meta:
        model = Consultation
        fields = ["decision_maker", "decision_on", "decision", "report_heard", "report_changed"]
        widgets = {
            "decision": text_area(4),
            "report_heard": text_area(6),
            "report_changed": text_area(5),
        }
        help_texts = {
            "report_heard": "Published on the public pages.",
            "report_changed": "Published on the public pages.",
        }
