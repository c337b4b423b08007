"""How engagement records are shown: the same words and tag colours on every page."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from working_time import LONDON, time_left

from .models import Response, ResponseStatus

DUE_SOON = timedelta(days=3)
STATUS_TAGS = {
    ResponseStatus.PLANNED: "nhsuk-tag--grey",
    ResponseStatus.IN_PROGRESS: "nhsuk-tag--blue",
    ResponseStatus.DONE: "nhsuk-tag--green",
    ResponseStatus.NOT_POSSIBLE: "nhsuk-tag--orange",
}


def due_display(response: Response) -> str:
    return response.due_at.astimezone(LONDON).strftime("%a %-d %b %Y, %H:%M")


def status_tag(status: str) -> str:
    return STATUS_TAGS.get(status, "nhsuk-tag--grey")


@dataclass(frozen=True)
class ResponseRow:
    response: Response
    now: datetime

    @property
    def due(self) -> str:
        return due_display(self.response)

    @property
    def state(self) -> tuple[str, str]:
        """(label, tag class) of the deadline."""
        response = self.response
        if not response.is_open:
            met = response.completed_at and response.completed_at <= response.due_at
            return (
                ("Answered on time", "nhsuk-tag--green")
                if met
                else ("Answered late", "nhsuk-tag--orange")
            )
        if self.now > response.due_at:
            return "Overdue", "nhsuk-tag--red"
        if response.due_at - self.now <= DUE_SOON:
            return "Due soon", "nhsuk-tag--yellow"
        return "On track", "nhsuk-tag--white"

    @property
    def time_left(self) -> str:
        return time_left(due=self.response.due_at, now=self.now) if self.response.is_open else ""

    @property
    def status_tag(self) -> str:
        return status_tag(self.response.status)
