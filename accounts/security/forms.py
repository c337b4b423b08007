from django import forms

from nhsuk_forms.fields import NhsErrorMessages


class SecurityCodeForm(NhsErrorMessages, forms.Form):
    """The second step of signing in: a code from the app, or a recovery code."""

    code = forms.CharField(
        label="Security code",
        max_length=40,
        help_text="The 6 digits your authenticator app shows now, or one of your recovery codes.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
        error_messages={"required": "Enter the security code from your authenticator app."},
    )


class AppCodeForm(NhsErrorMessages, forms.Form):
    """Setting up: the code the app shows after scanning, which proves it holds the secret."""

    code = forms.RegexField(
        label="Code from your authenticator app",
        regex=r"^\s*\d{3}\s?\d{3}\s*$",
        help_text="6 digits, for example 123456.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
        error_messages={
            "required": "Enter the 6-digit code from your authenticator app.",
            "invalid": "The code must be 6 digits, for example 123456.",
        },
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split())
