"""Action plan forms: an action (add or edit) and the list's filter."""

from django import forms

from core.concurrency import OnceForm, VersionedForm
from nhsuk_forms.fields import NhsDateField, NhsErrorMessages

from ..models import ActionItem, Rag
from ..selectors import CCG_PLAN, action_owners_for, campaigns_for


class ActionItemForm(NhsErrorMessages, VersionedForm, OnceForm, forms.ModelForm):
    target_date = NhsDateField(label="Target date")

    class Meta:
        model = ActionItem
        fields = ["title", "campaign", "owner", "target_date", "status", "rag", "progress_note"]
        labels = {"campaign": "Campaign", "rag": "RAG rating"}
        help_texts = {"rag": "Your rating. Past its target date and not done, it shows red."}
        widgets = {
            "status": forms.RadioSelect,
            "rag": forms.RadioSelect,
            "progress_note": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "title": {"required": "Enter the action"},
            "owner": {"required": "Select the action's owner"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ccg = self.instance.ccg
        self.fields["campaign"].queryset = campaigns_for(ccg=ccg)
        self.fields["campaign"].empty_label = "None: the CCG's communications and engagement plan"
        self.fields["owner"].queryset = action_owners_for(ccg=ccg)
        self.fields["target_date"].error_messages["required"] = "Enter the target date"


class ActionFilterForm(NhsErrorMessages, forms.Form):
    plan = forms.ChoiceField(label="Plan", required=False)
    rag = forms.ChoiceField(label="RAG", choices=[("", "Any"), *Rag.choices], required=False)
    open_only = forms.BooleanField(label="Only actions not done", required=False)

    def __init__(self, *args, campaigns, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].choices = [
            ("", "All plans"),
            (CCG_PLAN, "The CCG's communications and engagement plan"),
            *((str(c.pk), c.name) for c in campaigns),
        ]
