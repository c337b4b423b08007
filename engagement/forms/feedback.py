"""Forms for "you said" and "we did"."""

from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages, sections_layout

from ..models import Feedback, FeedbackSource, Response, Sentiment
from ..selectors import themes_for
from .common import YearField, owners_for, text_area

ANSWERS = [
    ("", "Any"),
    ("unanswered", "No response yet"),
    ("answered", "Has a response"),
    ("published", "Published"),
    ("to_tell", "Asked to be told what we did, not told yet"),
]


class FeedbackForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    received_on = NhsDateField(
        label="Date heard", error_messages={"required": "Enter the date we heard it"}
    )

    class Meta:
        model = Feedback
        fields = [
            "text",
            "source",
            "event",
            "received_on",
            "themes",
            "sentiment",
            "contributor_name",
            "contributor_email",
            "contributor_phone",
            "wants_feedback",
        ]
        labels = {"contributor_name": "Their name", "contributor_email": "Their e-mail address"}
        help_texts = {
            "contributor_name": "Only if they gave it. Never published.",
            "wants_feedback": "Only with their consent. We tell them what we did.",
        }
        widgets = {
            "text": text_area(5),
            "themes": forms.CheckboxSelectMultiple,
            "sentiment": forms.RadioSelect(attrs={"class": "nhsuk-radios--inline"}),
        }

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = events
        self.fields["themes"].queryset = themes_for(ccg_id=self.instance.ccg_id)
        self.fields["source"].choices = FeedbackSource.choices
        self.fields["sentiment"].choices = Sentiment.choices
        sections_layout(
            self,
            ("The feedback", ("text", "source", "event", "received_on", "themes", "sentiment")),
            (
                "Who gave it, if they told us",
                ("contributor_name", "contributor_email", "contributor_phone", "wants_feedback"),
            ),
        )


class InformForm(NhsErrorMessages, forms.Form):
    fed_back_on = NhsDateField(
        label="When did we tell them?",
        error_messages={"required": "Enter the date we told them"},
    )
    fed_back_how = forms.CharField(
        label="How",
        max_length=300,
        error_messages={"required": "Enter how we told them"},
        help_text="For example: e-mail, letter, phone call.",
    )


class ResponseForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    class Meta:
        model = Response
        fields = ["you_said", "we_did", "status", "not_possible_reason", "owner"]
        widgets = {
            "you_said": text_area(4),
            "we_did": text_area(5),
            "not_possible_reason": text_area(3),
            "status": forms.RadioSelect,
        }
        help_texts = {
            "we_did": "What the CCG did, or will do. Needed before it can be published.",
            "not_possible_reason": "Needed when it is not possible.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners_for(self.instance.ccg)


class FeedbackFilterForm(NhsErrorMessages, forms.Form):
    search = forms.CharField(label="Search what people said", required=False)
    theme = forms.ModelChoiceField(queryset=None, required=False, empty_label="Any")
    source = forms.ChoiceField(choices=[("", "Any"), *FeedbackSource.choices], required=False)
    sentiment = forms.ChoiceField(choices=[("", "Any"), *Sentiment.choices], required=False)
    answer = forms.ChoiceField(label="Response", choices=ANSWERS, required=False)
    year = YearField()

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes


RESPONSE_STATES = [
    ("open", "Open"),
    ("overdue", "Overdue"),
    ("unpublished", "Not published"),
    ("published", "Published"),
    ("all", "All"),
]


class ResponseFilterForm(NhsErrorMessages, forms.Form):
    state = forms.ChoiceField(label="Show", choices=RESPONSE_STATES, required=False)
