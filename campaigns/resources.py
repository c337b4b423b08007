"""The campaign calendar's downloads, each a declared django-import-export resource."""

from import_export.fields import Field

from core.exports import SpreadsheetResource


class AwarenessDayExport(SpreadsheetResource):
    ccg = Field("ccg__name", "CCG")
    name = Field("name", "Awareness day")
    starts_on = Field("starts_on", "Starts")
    ends_on = Field("ends_on", "Ends")
    link = Field("link", "Link")

    def prepared(self, items):
        return items.select_related("ccg")
