"""The media desk's downloads, each a declared django-import-export resource."""

from datetime import datetime

from import_export.fields import Field

from core.exports import SpreadsheetResource

from . import selectors


class EnquiryQueueExport(SpreadsheetResource):
    """The queue as filtered, with each enquiry's next deadline as of `now`."""

    reference = Field("pk", "Reference")
    ccg = Field("ccg__name", "CCG")
    kind = Field("get_kind_display", "Kind")
    received_at = Field("received_at", "Received")
    requester = Field("requester_display", "Requester")
    outlet = Field("requester_outlet", "Outlet")
    subject = Field("subject", "Subject")
    category = Field("get_category_display", "Category")
    urgency = Field("get_urgency_display", "Urgency")
    out_of_hours = Field(column_name="Out of hours")
    owner = Field("owner", "Owner")
    next_deadline = Field(column_name="Next deadline")
    state = Field(column_name="State")
    responded_at = Field("responded_at", "Responded")

    def __init__(self, *, now: datetime):
        super().__init__()
        self.now = now

    def _next(self, enquiry):
        return selectors.queue_row(enquiry=enquiry, now=self.now)["next"]

    def dehydrate_out_of_hours(self, enquiry):
        return "yes" if enquiry.out_of_hours else "no"

    def dehydrate_next_deadline(self, enquiry):
        row = self._next(enquiry)
        return row.due_display if row else ""

    def dehydrate_state(self, enquiry):
        row = self._next(enquiry)
        return row.state_label if row else ""
