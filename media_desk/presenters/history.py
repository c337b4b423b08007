"""The item's timeline in plain words ("Signed off by Dr A Smith", "Closed: duplicate of #12"),
told from its audit history: each saved change becomes the sentences of what happened, never a
list of field names."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from working_time import LONDON

# A history record of an Enquiry (django-simple-history): the item's fields as they were then.
Record = Any


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    what: str


def _instant(when: datetime) -> str:
    local = when.astimezone(LONDON)
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def deadline_moved(*, name: str, moved_from: datetime, moved_to: datetime, because: str) -> str:
    """'Full response moved from Tue 3 Mar 17:00 to Wed 4 Mar 17:00: closure day 'Staff
    training' added' (`name` as the page names the deadline)."""
    return f"{name} moved from {_instant(moved_from)} to {_instant(moved_to)}: {because}"


def _person(user) -> str:
    return str(user) if user else "the system"


def _by(record: Record) -> str:
    return f" by {_person(record.history_user)}"


def _owner(new: Record, old: Record) -> str:
    if new.owner_id is None:
        return "Unassigned" + _by(new)
    if new.owner_id == new.history_user_id:
        return f"{_person(new.owner)} took it on"
    return f"Assigned to {_person(new.owner)}" + _by(new)


def _spokesperson(new: Record, old: Record) -> str:
    if new.spokesperson_id is None:
        return "Spokesperson removed" + _by(new)
    return f"Spokesperson: {new.spokesperson}"


def _closed(new: Record, old: Record) -> str:
    if new.closed_at is None:
        return "Reopened" + _by(new)
    return f"Closed: {new.closure_note}" if new.closure_note else "Closed" + _by(new)


def _signed_off(new: Record, old: Record) -> str | None:
    if new.signed_off_at is None:
        return None
    return f"Signed off by {new.signed_off_by}"


def _step(field: str, text: str) -> tuple[str, Callable[[Record, Record], str | None]]:
    def sentence(new: Record, old: Record) -> str | None:
        return text.format(by=_by(new)) if getattr(new, field) else None

    return field, sentence


def _line_used(new: Record, old: Record) -> str | None:
    # The id only: the line's topic would cost a query per history record.
    return f"Response drafted from a line to take{_by(new)}" if new.line_used_id else None


def _review_extended(new: Record, old: Record) -> str | None:
    return "Internal review extended to 40 working days" if new.review_extended else None


def _holding(new: Record, old: Record) -> str | None:
    """What was said, as sent: a media enquiry's holding statement or an MP's holding reply."""
    if not new.holding_sent_at:
        return None
    return f"{new.instance.holding_label} sent{_by(new)}: {new.holding_reply}"


# What a change to each field means, in the order things happen to an item.
EVENTS: tuple[tuple[str, Callable[[Record, Record], str | None]], ...] = (
    ("owner", _owner),
    ("spokesperson", _spokesperson),
    ("holding_sent_at", _holding),
    ("signed_off_at", _signed_off),
    _step("responded_at", "Response sent{by}"),
    _step("clarification_requested_at", "Clarification asked for: the clock stops"),
    _step("clarification_received_at", "Clarification received: the clock starts again"),
    _step("fees_notice_at", "Fees notice sent: the clock is paused"),
    _step("fee_received_at", "Fee received: the clock runs again"),
    _step("review_requested_at", "Internal review requested"),
    ("review_extended", _review_extended),
    _step("review_completed_at", "Internal review completed"),
    ("closed_at", _closed),
    ("line_used", _line_used),
)
# The same step's companions: the sign-off sets the response and the signatory too.
PART_OF_A_STEP = {"response", "signed_off_by", "holding_reply", "closure_note"}
# Kept by the portal itself, never edited by anyone.
NOT_TOLD = {
    "version",
    "next_due_at",
    "out_of_hours",
    "policy_kind",
    "holding_amount",
    "holding_unit",
    "response_amount",
    "response_unit",
    "calendar",
    "requires_sign_off",
    "logged_by",
}
# Edited details, in the words of the item's page.
DETAILS = {
    "requester_contact": "who asked",
    "requester_name": "who asked",
    "requester_outlet": "who asked",
    "requester_email": "how to reply",
    "requester_phone": "how to reply",
    "constituent_name": "the constituent",
    "received_at": "when it was received",
    "channel": "how it came in",
    "requester_deadline": "their deadline",
    "subject": "what it is about",
    "details": "what they asked",
    "category": "the category",
    "urgency": "how urgent it is",
    "partners_informed": "partners informed",
    "ccg": "the CCG",
    "kind": "the kind of item",
    "referred_from": "the enquiry it came from",
}


def logged(record: Record) -> str:
    text = "Logged" + _by(record)
    if record.referred_from_id:
        text += f", referred from media enquiry #{record.referred_from_id}"
    return text


def change_sentences(*, new: Record, old: Record, changed: set[str]) -> list[str]:
    """What one saved change did, as sentences; details edited come last, named as the page
    names them."""
    sentences = [
        sentence
        for field, event in EVENTS
        if field in changed and (sentence := event(new, old)) is not None
    ]
    told = {field for field, _ in EVENTS} | PART_OF_A_STEP | NOT_TOLD
    rest = changed - told
    named = [words for field, words in DETAILS.items() if field in rest]  # the page's order
    edited = dict.fromkeys([*named, *(["other details"] if rest - set(DETAILS) else [])])
    if edited:
        sentences.append("Details edited" + _by(new) + ": " + ", ".join(edited))
    return sentences


def timeline(records: list[Record], changes: Callable[[Record, Record], set[str]]):
    """Entries newest first from history records oldest first; `changes(new, old)` names the
    fields that differ."""
    entries, previous = [], None
    for record in records:
        if previous is None:
            entries.append(TimelineEntry(record.history_date, logged(record)))
        else:
            for sentence in change_sentences(
                new=record, old=previous, changed=changes(record, previous)
            ):
                entries.append(TimelineEntry(record.history_date, sentence))
        previous = record
    return list(reversed(entries))
