from django import forms

from nhsuk_forms.fields import NhsErrorMessages


class EraseForm(NhsErrorMessages, forms.Form):
    confirm = forms.BooleanField(
        label="I understand that this removes the person's details for good and cannot be undone",
        error_messages={"required": "Confirm that you understand this cannot be undone"},
    )


class RetentionForm(NhsErrorMessages, forms.Form):
    years = forms.TypedChoiceField(
        label="No interaction for at least",
        choices=[(n, f"{n} year{'s' if n > 1 else ''}") for n in (1, 2, 3, 4, 5, 6, 7, 10)],
        coerce=int,
        required=False,
        empty_value=None,
    )
