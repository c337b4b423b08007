"""Engagement's downloads, each a declared django-import-export resource. Instants are written
as UK time in text ("2026-06-01 10:00"), as the pages show them."""

from django.utils import timezone
from import_export.fields import Field

from core.exports import SpreadsheetResource


def _local(instant) -> str:
    """UK time (TIME_ZONE), as text."""
    return timezone.localtime(instant).strftime("%Y-%m-%d %H:%M") if instant else ""


class EventExport(SpreadsheetResource):
    reference = Field("pk", "Reference")
    ccg = Field("ccg__name", "CCG")
    title = Field("title", "Title")
    kind = Field("get_kind_display", "Type")
    programme = Field("programme__name", "Programme")
    locality = Field("locality__name", "Locality")
    cycle_stage = Field("get_cycle_stage_display", "Engagement cycle stage")
    starts_at = Field(column_name="Starts")
    ends_at = Field(column_name="Ends")
    venue = Field("venue", "Venue")
    online_link = Field("online_link", "Online link")
    attendance = Field("attendance", "Attendance")
    venue_capacity = Field("venue_capacity", "Venue capacity")

    def dehydrate_starts_at(self, event):
        return _local(event.starts_at)

    def dehydrate_ends_at(self, event):
        return _local(event.ends_at)


class FeedbackExport(SpreadsheetResource):
    """No contributor details: the export goes to spreadsheets that travel."""

    reference = Field("pk", "Reference")
    ccg = Field("ccg__name", "CCG")
    received_on = Field("received_on", "Date heard")
    source = Field("get_source_display", "Source")
    event = Field("event__title", "Event")
    themes = Field(column_name="Themes")
    sentiment = Field("get_sentiment_display", "Sentiment")
    text = Field("text", "What they said")
    response_status = Field(column_name="Response status")
    published = Field(column_name="Published")

    def dehydrate_themes(self, item):
        return ", ".join(theme.name for theme in item.themes.all())

    def dehydrate_response_status(self, item):
        response = getattr(item, "response", None)
        return response.get_status_display() if response else "No response yet"

    def dehydrate_published(self, item):
        response = getattr(item, "response", None)
        return "Yes" if response and response.is_published else "No"


class ResponseExport(SpreadsheetResource):
    """The "we did" tracker."""

    reference = Field("pk", "Reference")
    ccg = Field("ccg__name", "CCG")
    answers = Field(column_name="Answers")
    you_said = Field("you_said", "You said")
    we_did = Field("we_did", "We did")
    status = Field("get_status_display", "Status")
    not_possible_reason = Field("not_possible_reason", "Why not possible")
    owner = Field("owner", "Owner")
    due_at = Field(column_name="Due")
    published_at = Field(column_name="Published")

    def dehydrate_answers(self, response):
        return f"Theme: {response.theme.name}" if response.theme else "Feedback"

    def dehydrate_due_at(self, response):
        return _local(response.due_at)

    def dehydrate_published_at(self, response):
        return _local(response.published_at)
