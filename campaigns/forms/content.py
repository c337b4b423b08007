"""Content forms: plan or edit an item, ask for approval, the list's filter, the action buttons."""

from django import forms

from core.concurrency import OnceForm, OnceTokenForm, VersionedForm
from nhsuk_forms.fields import NhsDateTimeField, NhsErrorMessages

from ..models import Channel, ContentItem, ContentStatus
from ..selectors import campaigns_for, content_approvers

CONFIRM = "confirm_outside_campaign"


class ContentForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    planned_at = NhsDateTimeField(label="Planned date and time")
    confirm_outside_campaign = forms.BooleanField(
        label="Yes, it is meant to be outside the campaign's dates",
        required=False,
        help_text="Only needed when the planned date is before or after the campaign.",
    )

    class Meta:
        model = ContentItem
        fields = ["title", "channel", "planned_at", "copy", "assets_link", "campaign"]
        labels = {"title": "Title (for the calendar)", "copy": "Copy (the words to publish)"}
        help_texts = {
            "copy": "Changing approved copy sends it back for approval.",
            "assets_link": "Images, video or artwork, for example a SharePoint or Canva link.",
        }
        widgets = {"copy": forms.Textarea(attrs={"rows": 8}), "channel": forms.RadioSelect}
        error_messages = {
            "title": {"required": "Enter a title for the content"},
            "channel": {"required": "Select the channel"},
            "assets_link": {"invalid": "Enter the link to the assets as a web address"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["campaign"].queryset = campaigns_for(ccg=self.instance.ccg)
        self.fields["campaign"].required = False
        self.fields["planned_at"].error_messages["required"] = "Enter the planned date and time"

    def service_data(self) -> tuple[dict, bool]:
        """The data for the service, and whether the user confirmed dates outside the campaign."""
        data = self.edit_data() if not self.instance._state.adding else dict(self.cleaned_data)
        confirmed = bool(data.pop(CONFIRM, False))
        return data, confirmed


class ContentFilterForm(NhsErrorMessages, forms.Form):
    channel = forms.ChoiceField(choices=[("", "Any"), *Channel.choices], required=False)
    status = forms.ChoiceField(choices=[("", "Any"), *ContentStatus.choices], required=False)


class SubmitForApprovalForm(NhsErrorMessages, OnceForm, forms.Form):
    approver = forms.ModelChoiceField(
        queryset=None,
        label="Who should approve it?",
        error_messages={"required": "Select who should approve the content"},
    )

    def __init__(self, *args, item: ContentItem, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["approver"].queryset = content_approvers(ccg=item.ccg)


class ContentActionForm(OnceTokenForm):
    """Approve, send back, schedule, publish: a button and its one-time token."""
