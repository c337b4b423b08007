from django import forms

from nhsuk_forms.fields import NhsDateField, NhsErrorMessages
from stakeholders.importing.limits import ImportLimits, too_big_message
from stakeholders.models import DistributionList, LawfulBasis


class ImportForm(NhsErrorMessages, forms.Form):
    file = forms.FileField(
        label="Spreadsheet",
        error_messages={"required": "Select the spreadsheet to import"},
        help_text="CSV (UTF-8 or as Excel saves it) or Excel .xlsx. Your own column names are "
        "fine: 'E-mail address', 'Surname', 'Company'...",
    )
    ccg = forms.TypedChoiceField(
        label="Import into",
        coerce=int,
        error_messages={"required": "Select the CCG to import into"},
    )
    distribution_list = forms.ModelChoiceField(
        label="Also add everyone to this list",
        queryset=DistributionList.objects.none(),
        required=False,
    )
    lawful_basis = forms.ChoiceField(
        label="Lawful basis for the list",
        choices=[("", "Choose"), *LawfulBasis.choices],
        required=False,
    )
    consent_source = forms.CharField(
        label="Where the list's consent came from",
        max_length=200,
        required=False,
        help_text="For example: GP bulletin sign-up form, 2018 re-permission campaign.",
    )
    default_consent_date = NhsDateField(label="Consent date for rows without one", required=False)

    def __init__(self, *args, ccgs=(), lists=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.ccgs = list(ccgs)
        self.fields["ccg"].choices = [(ccg.pk, ccg.name) for ccg in self.ccgs]
        if len(self.ccgs) == 1:
            del self.fields["ccg"]  # nothing to choose
        limits = ImportLimits.from_settings()
        self.fields["file"].help_text = (
            "CSV (UTF-8 or as Excel saves it) or Excel .xlsx, up to "
            f"{limits.max_file_mb} MB, {limits.max_rows:,} rows and {limits.max_columns} "
            "columns. Your own column names are fine: 'E-mail address', 'Surname', 'Company'..."
        )
        self.fields["distribution_list"].queryset = (
            lists if lists is not None else DistributionList.objects.none()
        )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limits = ImportLimits.from_settings()
        # By the size Django counted as it stored the upload: an oversized file is never read.
        if upload.size > limits.max_file_bytes:
            raise forms.ValidationError(too_big_message(upload.size, limits))
        return upload

    def chosen_ccg(self):
        chosen = self.cleaned_data.get("ccg", self.ccgs[0].pk if len(self.ccgs) == 1 else None)
        return next(ccg for ccg in self.ccgs if ccg.pk == chosen)
