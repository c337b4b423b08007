"""Campaign forms: the campaign (create and edit), a CCG's local notes, the list filter."""

from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..models import (
    NATIONAL_CAMPAIGNS,
    AwarenessDay,
    Campaign,
    CampaignNote,
    CampaignStatus,
    Channel,
    Priority,
)
from ..selectors import (
    campaign_audience_choices,
    campaign_owner_choices,
    campaign_share_choices,
)

MONEY = {"inputmode": "decimal", "class": "nhsuk-input--width-10"}


class CampaignForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    starts_on = NhsDateField(
        label="Start date",
        help_text="For example, 1 11 2027",
        error_messages={"required": "Enter the campaign's start date"},
    )
    ends_on = NhsDateField(
        label="End date",
        help_text="For example, 31 3 2028",
        error_messages={"required": "Enter the campaign's end date"},
    )
    channels = forms.MultipleChoiceField(
        choices=Channel.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Choose channels from the list."},
    )

    class Meta:
        model = Campaign
        fields = [
            "name",
            "objective",
            "priority",
            "national_campaign",
            "audiences",
            "key_messages",
            "channels",
            "starts_on",
            "ends_on",
            "paid",
            "budget",
            "spend",
            "spend_confirmed",
            "owner",
            "status",
            "rag",
            "shared_with",
        ]
        labels = {
            "name": "Title",
            "audiences": "Audiences (stakeholder segments)",
            "shared_with": "Shared with other CCGs (they see it; your team edits it)",
            "rag": "RAG status",
            "budget": "Budget (£)",
            "spend": "Spend so far (£)",
        }
        help_texts = {
            "key_messages": "One per line, for example A to J per objective.",
            "national_campaign": "For example, " + ", ".join(NATIONAL_CAMPAIGNS[:2]) + ".",
            "spend_confirmed": "Tick only if the spend is really over the budget.",
        }
        widgets = {
            "objective": forms.Textarea(attrs={"rows": 3}),
            "key_messages": forms.Textarea(attrs={"rows": 5}),
            "audiences": forms.CheckboxSelectMultiple,
            "shared_with": forms.CheckboxSelectMultiple,
            "budget": forms.TextInput(attrs=MONEY),
            "spend": forms.TextInput(attrs=MONEY),
        }
        error_messages = {
            "name": {"required": "Enter the campaign's title"},
            "budget": {"invalid": "Enter the budget as an amount, like 2500.00"},
            "spend": {"invalid": "Enter the spend as an amount, like 1200.50"},
        }

    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        ccg = self.instance.ccg
        self.fields["audiences"].queryset = campaign_audience_choices(ccg=ccg)
        self.fields["owner"].queryset = campaign_owner_choices(ccg=ccg)
        self.fields["shared_with"].queryset = campaign_share_choices(scope=scope, ccg=ccg)
        self.fields["priority"].choices = Priority.choices
        self.fields["status"].choices = CampaignStatus.choices


class CampaignNoteForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    class Meta:
        model = CampaignNote
        fields = ["notes"]
        labels = {"notes": "Your CCG's notes"}
        help_texts = {"notes": "Local angle, venues, partners: only your CCG sees these."}
        widgets = {"notes": forms.Textarea(attrs={"rows": 5})}
        error_messages = {"notes": {"required": "Enter your CCG's notes"}}


class CampaignFilterForm(NhsErrorMessages, forms.Form):
    search = forms.CharField(label="Search titles", required=False)
    priority = forms.ChoiceField(
        label="Priority", choices=[("", "Any"), *Priority.choices], required=False
    )
    status = forms.ChoiceField(
        label="Status", choices=[("", "Any"), *CampaignStatus.choices], required=False
    )


class AwarenessDayForm(NhsErrorMessages, OnceForm, forms.ModelForm):
    starts_on = NhsDateField(
        label="First day",
        help_text="For example, 10 10 2027",
        error_messages={"required": "Enter the awareness day's first day"},
    )
    ends_on = NhsDateField(
        label="Last day",
        help_text="The same as the first day for a single day",
        error_messages={"required": "Enter the awareness day's last day"},
    )

    class Meta:
        model = AwarenessDay
        fields = ["name", "starts_on", "ends_on", "description", "link", "recurs_yearly"]
        labels = {"name": "Name", "link": "Link to more about it"}
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "name": {"required": "Enter the awareness day's name"},
            "link": {"invalid": "Enter the link as a web address, like https://www.nhs.uk"},
        }


class NationalDayChoiceForm(NhsErrorMessages, forms.Form):
    names = forms.MultipleChoiceField(
        label="National days your CCG plans around",
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Choose days from the national list."},
    )

    def __init__(self, *args, days, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["names"].choices = [
            (
                day.name,
                f"{day.name} ({day.starts_on:%-d %b}"
                + (f" to {day.ends_on:%-d %b})" if day.ends_on != day.starts_on else ")"),
            )
            for day in days
        ]
