from django import forms
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm, UserChangeForm

from .models import User


class EmailAuthenticationForm(AuthenticationForm):
    """Login by e-mail address; the label says so."""

    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )


class CcgSwitchForm(forms.Form):
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
