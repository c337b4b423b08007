"""Display of SLA state: the same words and colours on the queue, detail page and dashboard."""

from dataclasses import dataclass
from datetime import datetime

from working_time import LONDON, SlaState, time_left

from ..models import Kind, SlaDeadline

TAGS = {
    SlaState.ON_TRACK: ("On track", "nhsuk-tag--green"),
    SlaState.DUE_SOON: ("Due soon", "nhsuk-tag--yellow"),
    SlaState.OVERDUE: ("Overdue", "nhsuk-tag--red"),
    SlaState.MET: ("Met", "nhsuk-tag--blue"),
    SlaState.MISSED: ("Missed", "nhsuk-tag--orange"),
}


# Page headings for logging each kind: sentence case, with the proper nouns as written.
LOG_HEADINGS = {
    Kind.MEDIA: "Log a media enquiry",
    Kind.MP: "Log an MP or councillor letter",
    Kind.BRIEFING: "Log a parliamentary briefing",
    Kind.FOI: "Log an FOI request",
}


def deadline_state(*, deadline: SlaDeadline, now: datetime) -> SlaState | None:
    """None while the clock is paused (no due instant)."""
    due, answered = deadline.due_at, deadline.answered_at
    if answered:
        return SlaState.MET if due is None or answered <= due else SlaState.MISSED
    if due is None:
        return None
    if now > due:
        return SlaState.OVERDUE
    return SlaState.DUE_SOON if deadline.warn_at and now >= deadline.warn_at else SlaState.ON_TRACK


@dataclass(frozen=True)
class DeadlinePresenter:
    deadline: SlaDeadline
    now: datetime

    @property
    def name(self) -> str:
        return self.deadline.get_name_display()

    @property
    def state(self) -> SlaState | None:
        return deadline_state(deadline=self.deadline, now=self.now)

    @property
    def state_label(self) -> str:
        return TAGS[self.state][0] if self.state else "Clock paused"

    @property
    def tag_class(self) -> str:
        return TAGS[self.state][1] if self.state else "nhsuk-tag--grey"

    @property
    def due_display(self) -> str:
        if self.deadline.due_at is None:
            return "paused"
        return self.deadline.due_at.astimezone(LONDON).strftime("%a %-d %b %Y, %H:%M")

    @property
    def time_left(self) -> str:
        if self.deadline.answered_at:
            return ""
        return time_left(due=self.deadline.due_at, now=self.now)

    @property
    def explanation(self) -> list[str]:
        return self.deadline.explanation


def next_open_deadline(deadlines) -> SlaDeadline | None:
    open_ones = [d for d in deadlines if d.answered_at is None and d.due_at]
    return min(open_ones, key=lambda d: d.due_at) if open_ones else None
