"""The campaign calendar's downloads and the national awareness days' CSV import (in the
admin), each a declared django-import-export resource."""

from import_export import resources, widgets
from import_export.fields import Field

from core.exports import SpreadsheetResource

from .models import NationalAwarenessDay


class AwarenessDayExport(SpreadsheetResource):
    ccg = Field("ccg__name", "CCG")
    name = Field("name", "Awareness day")
    starts_on = Field("starts_on", "Starts")
    ends_on = Field("ends_on", "Ends")
    link = Field("link", "Link")

    def prepared(self, items):
        return items.select_related("ccg")


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


class UkDateWidget(widgets.DateWidget):
    """ISO dates, or the day-first dates a spreadsheet saved in the UK writes."""

    def __init__(self):
        super().__init__(format="%Y-%m-%d")
        self.formats = DATE_FORMATS

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            raise ValueError(f"Enter the date as YYYY-MM-DD or DD/MM/YYYY, not '{value}'") from None


class NationalAwarenessDayResource(resources.ModelResource):
    starts_on = Field(attribute="starts_on", column_name="starts_on", widget=UkDateWidget())
    ends_on = Field(attribute="ends_on", column_name="ends_on", widget=UkDateWidget())

    class Meta:
        model = NationalAwarenessDay
        fields = ("name", "starts_on", "ends_on", "theme", "link")
        import_id_fields = ("name", "starts_on")
        clean_model_instances = True
        use_transactions = True  # a file with any bad row writes nothing
        skip_unchanged = True
        report_skipped = False
