"""The calendar's filters (a GET form: the calendar works without JavaScript)."""

from django import forms

from nhsuk_forms.fields import NhsErrorMessages

from ..models import Priority


class CalendarFilterForm(NhsErrorMessages, forms.Form):
    ccg = forms.TypedChoiceField(label="CCG", required=False, coerce=int, empty_value=None)
    campaign = forms.TypedChoiceField(
        label="Campaign", required=False, coerce=int, empty_value=None
    )
    priority = forms.ChoiceField(
        label="Campaign priority", choices=[("", "Any"), *Priority.choices], required=False
    )
    layer = forms.MultipleChoiceField(
        label="Show", widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, ccgs, campaigns, layers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ccg"].choices = [("", "All your CCGs"), *((c.pk, c.name) for c in ccgs)]
        self.fields["campaign"].choices = [("", "Any"), *((c.pk, c.name) for c in campaigns)]
        self.fields["layer"].choices = [(layer.key, layer.label) for layer in layers]
