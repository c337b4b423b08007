from django import forms
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm, UserChangeForm

from nhsuk_forms.fields import NhsErrorMessages

from .models import User


class EmailAuthenticationForm(NhsErrorMessages, AuthenticationForm):
    """Login by e-mail address; the label says so."""

    username = forms.EmailField(
        label="Email address",
        error_messages={"required": "Enter your email address"},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].error_messages["required"] = "Enter your password"


class CcgSwitchForm(NhsErrorMessages, forms.Form):
    ccg = forms.IntegerField(required=False)
    next = forms.CharField(required=False)


class UserAdminCreationForm(BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "full_name")


class UserAdminChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"
