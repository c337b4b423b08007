"""Forms for the desk. The log form shows only the fields a kind of item needs, so a member of
staff logs a call in under a minute; the comms team sees a few more (category, register link)."""

from crispy_forms.layout import HTML
from django import forms
from django.utils import timezone

from accounts.scoping import Scope
from core.concurrency import OnceForm, VersionedForm
from core.concurrency.once import TOKEN as ONCE_TOKEN
from nhsuk_forms.fields import NhsDateField, NhsDateTimeField, NhsErrorMessages, sections_layout

from ..models import Coverage, Enquiry, Kind, Partner, PressRelease, Spokesperson

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
        "requester_name",
        "requester_outlet",
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
    "channel": "How it came in",
    "requester_deadline": "Their deadline (if they gave one)",
    "requester_contact": "MP or councillor",
    "requester_name": "Name",
    "requester_phone": "Phone number",
    "requester_email": "E-mail address",
    "subject": "What is it about?",
    "details": "What do they want to know?",
    "urgency": "How urgent is it?",
}
HELP = {"subject": "A few words for the queue, for example: winter pressures at A&E."}
# What someone taking the call can always find out, and so what the log form asks for (see the
# README's media desk section): when and how it came in, what it is about and a way to reply.
# The rest is optional. Only a briefing needs the requester's deadline, and an FOI request the
# requester's name (a valid request gives it: Freedom of Information Act 2000, s.8).
KIND_LABELS = {
    Kind.MEDIA: {"requester_name": "Journalist's name", "requester_outlet": "Outlet"},
    Kind.MP: {"constituent_name": "Constituent's name"},
    Kind.BRIEFING: {"requester_name": "Requester's name", "requester_deadline": "Their deadline"},
    Kind.FOI: {"requester_name": "Requester's name"},
}
KIND_REQUIRED = {Kind.BRIEFING: ["requester_deadline"], Kind.FOI: ["requester_name"]}
MESSAGES = {
    "ccg": "Select the CCG",
    "received_at": "Enter the date and time it was received",
    "channel": "Select how it came in",
    "subject": "Enter what it is about",
    "urgency": "Select how urgent it is",
    "requester_contact": "Select the MP or councillor who wrote",
    "requester_deadline": "Enter the requester's deadline",
    "requester_name": "Enter the requester's name",
}
NO_WAY_TO_REPLY = "Enter a phone number or an e-mail address to reply to"
REPLY_HINT = "A phone number, an e-mail address or both."


class ContactChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        place = obj.constituency or obj.ward or (obj.organisation.name if obj.organisation else "")
        return f"{obj.full_name} ({obj.get_kind_display()}{', ' + place if place else ''})"


class EnquiryLogForm(NhsErrorMessages, OnceForm, forms.ModelForm):
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
        self.kind = kind
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
        self._word_for(kind)

    def _word_for(self, kind: str) -> None:
        """This kind's labels, which fields it needs and the messages naming them."""
        for name, label in KIND_LABELS.get(kind, {}).items():
            if name in self.fields:
                self.fields[name].label = label
        for name in KIND_REQUIRED.get(kind, []):
            self.fields[name].required = True
        for name, help_text in HELP.items():
            self.fields[name].help_text = help_text
        for name, message in MESSAGES.items():
            if name in self.fields:
                self.fields[name].error_messages["required"] = message
        if kind == Kind.MEDIA:
            # One of the two is needed: neither says "(optional)"; the hint says so.
            for name in ("requester_phone", "requester_email"):
                self.fields[name].one_of = True
        sections_layout(
            self,
            ("The call or message", ("ccg", "received_at", "channel", "urgency")),
            ("What they asked", ("subject", "details", "category", "requester_deadline")),
            (
                "Who asked" if kind != Kind.MEDIA else "Who asked and how to reply",
                (
                    "requester_contact",
                    "requester_name",
                    "requester_outlet",
                    "constituent_name",
                    *(
                        (HTML(f'<div class="nhsuk-hint">{REPLY_HINT}</div>'),)
                        if kind == Kind.MEDIA
                        else ()
                    ),
                    "requester_phone",
                    "requester_email",
                ),
            ),
        )

    def _limit_requesters(self, kind: str, requesters) -> None:
        """Only `requesters` (see `selectors.requester_choices`), so a posted id of anyone
        else is refused as not one of the choices."""
        field = self.fields["requester_contact"]
        mp = kind == Kind.MP
        self.fields["requester_contact"] = ContactChoiceField(
            queryset=requesters,
            required=False,
            label=field.label if mp else "Journalist in the register",
            help_text="Not in the list? Enter their name and constituency below."
            if mp
            else "Or type their name below.",
        )
        if mp:  # typed when the MP or councillor is not in the list
            self.fields["requester_name"].label = "Their name, if not in the list"
            self.fields["requester_outlet"].label = "Their constituency or ward"

    def clean(self):
        cleaned = super().clean()
        if (
            self.instance.kind == Kind.MP
            and not cleaned.get("requester_contact")
            and not cleaned.get("requester_name", "").strip()
            and "requester_contact" not in self.errors
        ):
            self.add_error("requester_contact", "Select the MP or councillor, or enter their name")
        contact, ccg = cleaned.get("requester_contact"), cleaned.get("ccg")
        if contact and ccg and contact.ccg_id != ccg.pk:
            self.add_error("requester_contact", "Select someone from the same CCG as the item")
        if self.kind == Kind.MEDIA and not (
            contact
            or cleaned.get("requester_phone")
            or cleaned.get("requester_email")
            or self.has_error("requester_email")
        ):
            self.add_error("requester_phone", NO_WAY_TO_REPLY)
        return cleaned


class EnquiryEditForm(NhsErrorMessages, VersionedForm, forms.ModelForm):
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
        error_messages = {"subject": {"required": MESSAGES["subject"]}}

    def _post_clean(self) -> None:
        return  # the instance stays as saved: the service compares, checks and applies


class AssignForm(NhsErrorMessages, OnceForm, forms.Form):
    owner = forms.ModelChoiceField(queryset=None, required=False, label="Owner")
    spokesperson = forms.ModelChoiceField(queryset=None, required=False, label="Spokesperson")

    def __init__(self, *args, owners, spokespeople, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        self.fields["spokesperson"].queryset = spokespeople


class HoldingReplyForm(NhsErrorMessages, OnceForm, forms.Form):
    holding_reply = forms.CharField(
        label="Holding reply sent",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Enter the holding reply"},
    )
    holding_sent_at = NhsDateTimeField(
        label="When was it sent?", required=False, help_text="Leave empty for now."
    )

    def __init__(self, *args, label: str = "Holding reply", **kwargs):
        """`label`: the item's word for it (`Enquiry.holding_label`): a media enquiry's is a
        holding statement."""
        super().__init__(*args, **kwargs)
        field = self.fields["holding_reply"]
        field.label = f"{label} sent"
        field.error_messages["required"] = f"Enter the {label.lower()} that was sent."


class SignOffForm(NhsErrorMessages, OnceForm, forms.Form):
    response = forms.CharField(
        label="Response as approved", widget=forms.Textarea(attrs={"rows": 6})
    )
    signed_off_by = forms.CharField(
        label="Signed off by",
        help_text="Name and role, e.g. Chief Officer.",
        error_messages={"required": "Enter who signed it off"},
    )


class RespondForm(NhsErrorMessages, OnceForm, forms.Form):
    response = forms.CharField(
        label="Response sent",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Enter the response that was sent"},
    )
    responded_at = NhsDateTimeField(
        label="When was it sent?", required=False, help_text="Leave empty for now."
    )


class LinkRequesterForm(NhsErrorMessages, OnceForm, forms.Form):
    """Link an item logged by name to a contact of its CCG (`selectors.link_choices`)."""

    contact = ContactChoiceField(queryset=None, label="Who in the register is it?")

    def __init__(self, *args, contacts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = contacts
        self.fields["contact"].error_messages["required"] = "Select who in the register it is"


class AddRequesterForm(NhsErrorMessages, OnceForm, forms.Form):
    """Only the one-time token: the details are the item's."""


class CloseForm(NhsErrorMessages, OnceForm, forms.Form):
    closure_note = forms.CharField(label="Closing note", required=False)


class FoiStepForm(NhsErrorMessages, OnceForm, forms.Form):
    at = NhsDateTimeField(label="When?", required=False, help_text="Leave empty for now.")


class CcgOwnedForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    """A register form whose CCG is chosen from those where the user may add to the register
    (hidden when there is one). A linked item (enquiry, press release, campaign) is one of
    those CCGs' that the user may also see: adding coverage in a CCG does not open its
    enquiries to someone who may not read them. Adding carries a one-time token; editing, the
    version the form was opened at."""

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
        error_messages = {"name": {"required": "Enter the spokesperson's name"}}


class PressReleaseForm(CcgOwnedForm):
    issued_on = NhsDateField(label="Date of issue")

    class Meta:
        model = PressRelease
        fields = ["title", "issued_on", "summary", "outlets_sent_to", "take_up", "campaign"]
        error_messages = {"take_up": {"required": "Enter how many outlets used it"}}
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
