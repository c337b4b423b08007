"""Publishing an FOI response on the public disclosure log, and editing what was published."""

from collections.abc import Sequence

from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..models import DisclosureLogEntry, Enquiry
from ..selectors import DisclosureFilters
from ..services.disclosure import CONFIRM_REDACTION


class DisclosureForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    redactions_confirmed = forms.BooleanField(
        label="I confirm that personal data and exempt information have been redacted",
        help_text="From the summary, the response and the attachment: names, e-mail addresses "
        "and anything withheld under an exemption.",
        error_messages={"required": CONFIRM_REDACTION},
    )

    class Meta:
        model = DisclosureLogEntry
        fields = ["title", "request_summary", "response_text", "outcome", "attachment"]
        labels = {
            "title": "Title",
            "request_summary": "What was asked (summary)",
            "response_text": "Our response",
            "attachment": "Attachment",
        }
        help_texts = {
            "request_summary": "Never the requester's name, e-mail address or anything that "
            "identifies them.",
            "attachment": "The redacted response or the information released, for example a PDF.",
        }
        widgets = {
            "request_summary": forms.Textarea(attrs={"rows": 4}),
            "response_text": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "title": {"required": "Enter the title"},
            "request_summary": {"required": "Enter a summary of what was asked"},
            "response_text": {"required": "Enter the response"},
            "outcome": {"required": "Select the outcome"},
        }

    def service_data(self) -> tuple[dict, bool]:
        """The entry's fields and the confirmation, for the service (which checks both)."""
        data = self.edit_data() if self.instance.pk else dict(self.cleaned_data)
        return data, bool(data.pop("redactions_confirmed", False))


def disclosure_initial(enquiry: Enquiry) -> dict:
    """Prefilled from the item's subject and response: never its requester fields."""
    decision = getattr(enquiry, "foi_decision", None)
    return {
        "title": enquiry.subject,
        "request_summary": enquiry.subject,
        "response_text": enquiry.response,
        "outcome": decision.outcome if decision else "",
    }


class DisclosureFilterForm(NhsErrorMessages, forms.Form):
    """The public log's filter: all optional, all in the query string (works without
    JavaScript). An invalid date is shown with its message and left out of the filter."""

    ccg = forms.ChoiceField(label="Clinical commissioning group", required=False)
    published_from = NhsDateField(label="Published from", required=False)
    published_to = NhsDateField(label="Published up to", required=False)

    def __init__(self, *args, ccg_choices: Sequence[tuple[str, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ccg"].choices = [("", "All"), *ccg_choices]  # (ODS code, name)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("published_from"), cleaned.get("published_to")
        if start and end and end < start:
            self.add_error("published_to", "The end date must be on or after the start date")
        return cleaned

    def filters(self) -> DisclosureFilters:
        self.is_valid()  # keep whichever filters are valid; ignore the rest
        data = getattr(self, "cleaned_data", {})
        return DisclosureFilters(
            ccg=data.get("ccg", ""),
            published_from=data.get("published_from"),
            published_to=data.get("published_to"),
        )
