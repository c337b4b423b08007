from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateTimeField, NhsErrorMessages

from ..models import Meeting, MeetingKind


class MeetingForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    starts_at = NhsDateTimeField(
        label="Start", error_messages={"required": "Enter the meeting's date and time"}
    )
    ends_at = NhsDateTimeField(label="End", required=False)

    class Meta:
        model = Meeting
        fields = [
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "online_link",
            "papers_link",
            "is_public",
        ]
        error_messages = {
            "title": {"required": "Enter the meeting's title"},
            "kind": {"required": "Choose the type of meeting"},
            "online_link": {"invalid": "Enter the link as a web address, like https://"},
            "papers_link": {"invalid": "Enter the link as a web address, like https://"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "Choose a type"), *MeetingKind.choices]
