from django import forms

from .models import Contact


class ContactSearchForm(forms.Form):
    q = forms.CharField(label="Search by name, e-mail or organisation", required=False)
    kind = forms.ChoiceField(
        label="Kind",
        required=False,
        choices=[("", "Any")] + list(Contact._meta.get_field("kind").choices),
    )


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = [
            "kind",
            "title",
            "first_name",
            "last_name",
            "job_title",
            "organisation",
            "email",
            "phone",
            "locality",
            "constituency",
            "party",
            "authority",
            "ward",
            "notes",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the contact's own CCG's organisations and localities can be chosen.
        ccg_id = self.instance.ccg_id
        self.fields["organisation"].queryset = self.fields["organisation"].queryset.filter(
            ccg_id=ccg_id
        )
        self.fields["locality"].queryset = self.fields["locality"].queryset.filter(ccg_id=ccg_id)
