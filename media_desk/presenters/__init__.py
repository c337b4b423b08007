"""Display formatting for the media desk's pages: deadlines as tags and countdowns, an item's
timeline in plain words. No queries: selectors hand these the records they show."""

from .deadlines import LOG_HEADINGS, TAGS, DeadlinePresenter, deadline_state, next_open_deadline
from .history import TimelineEntry, deadline_moved, timeline

__all__ = [
    "LOG_HEADINGS",
    "TAGS",
    "DeadlinePresenter",
    "TimelineEntry",
    "deadline_moved",
    "deadline_state",
    "next_open_deadline",
    "timeline",
]
