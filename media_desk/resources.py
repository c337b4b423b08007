"""The media desk's downloads, each a declared django-import-export resource."""

from datetime import datetime

from import_export.fields import Field

from core.exports import SpreadsheetResource

from . import selectors
from .models import ReviewOutcome


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


def _listed(counts: dict[str, int], label) -> str:
    return "; ".join(f"{label(key)}: {n}" for key, n in counts.items())


class FoiQuarterExport(SpreadsheetResource):
    """The FOI statistics page: one row per quarter (selectors.foi_statistics)."""

    quarter = Field("period__label", "Quarter")
    received = Field("received", "Requests received")
    answered = Field("answered", "Answered")
    answered_in_time = Field("answered_in_time", "Answered within 20 working days")
    percent_in_time = Field("percent_in_time", "Answered within 20 working days (%)")
    extended = Field("extended", "Extended (public interest test)")
    refused = Field("refused", "Refused")
    exemptions = Field(column_name="Exemptions cited")
    reviews_requested = Field("reviews_requested", "Internal reviews requested")
    reviews_completed = Field("reviews_completed", "Internal reviews completed")
    upheld = Field(column_name="Reviews: upheld")
    partly_upheld = Field(column_name="Reviews: partly upheld")
    overturned = Field(column_name="Reviews: overturned")
    ico_referrals = Field("ico_referrals", "Referred to the ICO")

    def dehydrate_exemptions(self, stats):
        return _listed(stats.exemptions, lambda section: f"s.{section}")

    def dehydrate_upheld(self, stats):
        return stats.review_outcomes.get(ReviewOutcome.UPHELD, 0)

    def dehydrate_partly_upheld(self, stats):
        return stats.review_outcomes.get(ReviewOutcome.PARTLY_UPHELD, 0)

    def dehydrate_overturned(self, stats):
        return stats.review_outcomes.get(ReviewOutcome.OVERTURNED, 0)
