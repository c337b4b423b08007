"""The lines-to-take library's forms: a line (created with a one-time token, edited at its
version), the library's search, and taking a line on an enquiry's page."""

from django import forms

from accounts.scoping import Scope
from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..models import LineToTake
from ..selectors.lines import line_share_choices, line_signers


class LineForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    """The lead CCG is the instance's (chosen before the form: accounts.access.ccg_for_create).
    Who signed it off is picked from the lead CCG's people who may sign off responses."""

    signed_off_by = forms.ModelChoiceField(queryset=None, label="Signed off by")
    signed_off_on = NhsDateField(label="Date signed off")
    valid_until = NhsDateField(
        label="Valid until", help_text="After this date it is not offered for reuse."
    )

    class Meta:
        model = LineToTake
        fields = ["topic", "text", "signed_off_by", "signed_off_on", "valid_until", "shared_with"]
        labels = {"shared_with": "Shared with other CCGs (they use it; your team edits it)"}
        help_texts = {"topic": "For example: winter pressures at A&E."}
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "shared_with": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "topic": {"required": "Enter the topic"},
            "text": {"required": "Enter the line to take"},
        }

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        ccg = self.instance.ccg
        self.fields["signed_off_by"].queryset = line_signers(ccg_id=ccg.pk)
        self.fields["signed_off_by"].error_messages["required"] = "Select who signed it off"
        self.fields["signed_off_by"].error_messages["invalid_choice"] = (
            "Select someone who may sign off responses in the lead CCG."
        )
        self.fields["shared_with"].queryset = line_share_choices(scope=scope, ccg=ccg)


class LineSearchForm(NhsErrorMessages, forms.Form):
    q = forms.CharField(label="Search the topic or text", required=False, max_length=200)


class UseLineForm(NhsErrorMessages, OnceForm, forms.Form):
    """Take one of the lines the enquiry's page found (`selectors.lines_for_enquiry`); checked
    against every line usable on the enquiry, so a search typed since does not matter."""

    line = forms.ModelChoiceField(
        queryset=None,
        label="Line to take",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select the line to take",
            "invalid_choice": "That line can no longer be used (expired or not this CCG's).",
        },
    )

    def __init__(self, *args, lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["line"].queryset = lines
        self.fields["line"].label_from_instance = _line_label


def _line_label(line: LineToTake) -> str:
    text = line.text if len(line.text) <= 300 else line.text[:297] + "..."
    return f"{line.topic} (valid until {line.valid_until:%-d %b %Y}): {text}"
