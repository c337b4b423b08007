"""Forms for the desk. The log form shows only the fields a kind of item needs, so a member of
staff logs a call in under a minute; the comms team sees a few more (category, register link)."""

from django import forms
from django.utils import timezone

from accounts.scoping import Scope
from ccgcomms.concurrency import OnceForm, VersionedForm
from ccgcomms.concurrency.once import TOKEN as ONCE_TOKEN
from ccgcomms.nhsuk_forms import NhsDateField, NhsDateTimeField

from .models import Coverage, Enquiry, Kind, Partner, PressRelease, Spokesperson

STAFF_FIELDS = {
    Kind.MEDIA: [
        "received_at",
        "channel",
        "requester_name",
        "requester_outlet",
        "requester_phone",
        "requester_email",
        "requester_deadline",
        "subject",
        "details",
        "urgency",
    ],
    Kind.MP: [
        "received_at",
        "channel",
        "requester_contact",
        "constituent_name",
        "subject",
        "details",
        "urgency",
    ],
}
COMMS_FIELDS = {
    Kind.MEDIA: ["requester_contact", *STAFF_FIELDS[Kind.MEDIA], "category"],
    Kind.MP: [*STAFF_FIELDS[Kind.MP], "category"],
    Kind.BRIEFING: [
        "received_at",
        "channel",
        "requester_name",
        "requester_outlet",
        "requester_deadline",
        "subject",
        "details",
        "category",
    ],
    Kind.FOI: [
        "received_at",
        "channel",
        "requester_name",
        "requester_email",
        "subject",
        "details",
        "category",
    ],
}
LABELS = {
    "received_at": "When was it received?",
    "requester_deadline": "Their deadline (if they gave one)",
    "requester_contact": "MP or councillor",
    "requester_name": "Name",
    "details": "What do they want to know?",
}


class ContactChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        place = obj.constituency or obj.ward or (obj.organisation.name if obj.organisation else "")
        return f"{obj.full_name} ({obj.get_kind_display()}{', ' + place if place else ''})"


class EnquiryLogForm(OnceForm, forms.ModelForm):
    ccg = forms.ModelChoiceField(queryset=None, label="CCG", empty_label=None)
    received_at = NhsDateTimeField(label=LABELS["received_at"])
    requester_deadline = NhsDateTimeField(label=LABELS["requester_deadline"], required=False)

    class Meta:
        model = Enquiry
        fields = ["ccg", *COMMS_FIELDS[Kind.MEDIA], "constituent_name"]
        labels = LABELS
        widgets = {"urgency": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, kind: str, ccgs, requesters, full: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.kind = kind
        self.fields["received_at"].initial = timezone.now()  # most calls are logged as they come
        wanted = ["ccg", *(COMMS_FIELDS if full else STAFF_FIELDS)[kind]]
        for name in list(self.fields):
            if name not in wanted and name != ONCE_TOKEN:
                del self.fields[name]
        self.fields["ccg"].queryset = ccgs
        if len(ccgs) == 1:
            self.fields["ccg"].initial = ccgs[0]
            self.fields["ccg"].widget = forms.HiddenInput()
        if "requester_contact" in self.fields:
            self._limit_requesters(kind, requesters)
        self.order_fields(wanted)

    def _limit_requesters(self, kind: str, requesters) -> None:
        """Only `requesters` (see `selectors.requester_choices`), so a posted id of anyone
        else is refused as not one of the choices."""
        field = self.fields["requester_contact"]
        self.fields["requester_contact"] = ContactChoiceField(
            queryset=requesters,
            required=kind == Kind.MP,
            label=field.label if kind == Kind.MP else "Journalist in the register",
            help_text="" if kind == Kind.MP else "Or type their name below.",
        )

    def clean(self):
        cleaned = super().clean()
        contact, ccg = cleaned.get("requester_contact"), cleaned.get("ccg")
        if contact and ccg and contact.ccg_id != ccg.pk:
            self.add_error("requester_contact", "Choose someone from the same CCG as the item.")
        return cleaned


class EnquiryEditForm(VersionedForm, forms.ModelForm):
    """Checks input only: `services.enquiry_update` applies it to the item, checking first that
    nobody saved the item since the form was opened."""

    requester_deadline = NhsDateTimeField(label=LABELS["requester_deadline"], required=False)
    partners_informed = forms.MultipleChoiceField(
        choices=Partner.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Enquiry
        fields = [
            "requester_name",
            "requester_outlet",
            "requester_email",
            "requester_phone",
            "constituent_name",
            "requester_deadline",
            "subject",
            "details",
            "category",
            "partners_informed",
        ]
        labels = LABELS

    def _post_clean(self) -> None:
        return  # the instance stays as saved: the service compares, checks and applies


class AssignForm(OnceForm, forms.Form):
    owner = forms.ModelChoiceField(queryset=None, required=False, label="Owner")
    spokesperson = forms.ModelChoiceField(queryset=None, required=False, label="Spokesperson")

    def __init__(self, *args, owners, spokespeople, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        self.fields["spokesperson"].queryset = spokespeople


class HoldingReplyForm(OnceForm, forms.Form):
    holding_reply = forms.CharField(
        label="Holding reply sent", widget=forms.Textarea(attrs={"rows": 3})
    )
    holding_sent_at = NhsDateTimeField(
        label="When was it sent?", required=False, help_text="Leave empty for now."
    )


class SignOffForm(OnceForm, forms.Form):
    response = forms.CharField(
        label="Response as approved", widget=forms.Textarea(attrs={"rows": 6})
    )
    signed_off_by = forms.CharField(
        label="Signed off by", help_text="Name and role, e.g. Chief Officer."
    )


class RespondForm(OnceForm, forms.Form):
    response = forms.CharField(label="Response sent", widget=forms.Textarea(attrs={"rows": 6}))
    responded_at = NhsDateTimeField(
        label="When was it sent?", required=False, help_text="Leave empty for now."
    )


class CloseForm(OnceForm, forms.Form):
    closure_note = forms.CharField(label="Closing note", required=False)


class FoiStepForm(OnceForm, forms.Form):
    at = NhsDateTimeField(label="When?", required=False, help_text="Leave empty for now.")


class CcgOwnedForm(OnceForm, forms.ModelForm):
    """A register form whose CCG is chosen from those where the user may add to the register
    (hidden when there is one). A linked item (enquiry, press release, campaign) is one of
    those CCGs' that the user may also see: adding coverage in a CCG does not open its
    enquiries to someone who may not read them."""

    def __init__(self, *args, ccgs, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        field = forms.ModelChoiceField(queryset=ccgs, label="CCG", empty_label=None)
        if len(ccgs) == 1:
            field.initial, field.widget = ccgs[0], forms.HiddenInput()
        self.fields = {"ccg": field, **self.fields}
        for name in ("enquiry", "press_release", "campaign"):
            if name in self.fields:
                linked = self.fields[name].queryset.visible_to(scope)
                self.fields[name].queryset = linked.filter(ccg__in=ccgs)

    def clean(self):
        cleaned = super().clean()
        ccg = cleaned.get("ccg")
        for name in ("enquiry", "press_release", "campaign"):
            linked = cleaned.get(name)
            if ccg and linked and linked.ccg_id != ccg.pk:
                self.add_error(name, "Choose one from the same CCG.")
        return cleaned

    def _post_clean(self):
        if self.cleaned_data.get("ccg"):
            self.instance.ccg = self.cleaned_data["ccg"]
        super()._post_clean()


class SpokespersonForm(CcgOwnedForm):
    trained_on = NhsDateField(label="Date of media training", required=False)

    class Meta:
        model = Spokesperson
        fields = ["name", "job_title", "topics", "media_trained", "trained_on", "phone", "email"]


class PressReleaseForm(CcgOwnedForm):
    issued_on = NhsDateField(label="Date of issue")

    class Meta:
        model = PressRelease
        fields = ["title", "issued_on", "summary", "outlets_sent_to", "take_up", "campaign"]
        labels = {"summary": "Text of the release"}
        help_texts = {
            "summary": "The words to approve. Changing approved words sends them back for approval."
        }


class CoverageForm(CcgOwnedForm):
    published_on = NhsDateField(label="Date published")

    class Meta:
        model = Coverage
        fields = [
            "outlet",
            "published_on",
            "headline",
            "link",
            "tone",
            "enquiry",
            "press_release",
            "campaign",
        ]
        widgets = {"tone": forms.RadioSelect}
