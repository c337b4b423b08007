"""The FOI case on the item's page: the decision in the team's words (exemptions by section and
title, the cost estimate against the limit in hours and pounds) and its events on the timeline."""

from dataclasses import dataclass
from decimal import Decimal

from working_time import format_instant

from ..models.foi import (
    COST_LIMIT_HOURS,
    COST_LIMIT_POUNDS,
    COST_RATE_POUNDS_PER_HOUR,
    FoiDecision,
    FoiLetter,
)
from .history import TimelineEntry


def cost_summary(hours: Decimal | None) -> str:
    """'20.0 hours (£500): over the 18-hour limit (£450)'."""
    if hours is None:
        return "No estimate"
    pounds = (hours * COST_RATE_POUNDS_PER_HOUR).quantize(Decimal("1"))
    where = "over" if hours > COST_LIMIT_HOURS else "within"
    limit = f"{COST_LIMIT_HOURS:.0f}-hour limit (£{COST_LIMIT_POUNDS})"
    return f"{hours:.1f} hours (£{pounds}): {where} the {limit}"


@dataclass(frozen=True)
class FoiCase:
    decision: FoiDecision | None
    exemptions: list  # CitedExemption, in the order cited
    letters: list[FoiLetter]

    @property
    def cost(self) -> str:
        return cost_summary(self.decision.cost_estimate_hours if self.decision else None)

    @property
    def qualified_cited(self) -> bool:
        return any(not cited.exemption.absolute for cited in self.exemptions)

    @property
    def extended(self) -> bool:
        return bool(self.decision and self.decision.extension_requested_at)


def _who(record) -> str:
    return str(record.history_user) if record.history_user else "the system"


def _decision_sentence(new, old) -> str | None:
    outcome = new.get_outcome_display() if new.outcome else "exemptions under consideration"
    if old is None:
        return f"FOI decision recorded by {_who(new)}: {outcome}"
    if new.extension_requested_at and not old.extension_requested_at:
        told = new.requester_told_of_extension_at
        return (
            f"Response extended for the public interest test (s.10(3)) by {_who(new)}: "
            f"{new.extension_working_days} further working days; the requester was told on "
            f"{format_instant(told) if told else 'a date not recorded'}"
        )
    return f"FOI decision changed by {_who(new)}: {outcome}"


def foi_timeline(*, decision_history: list, letters: list[FoiLetter]) -> list[TimelineEntry]:
    """`decision_history`: the decision's history records, oldest first."""
    entries, old = [], None
    for record in decision_history:
        if (text := _decision_sentence(record, old)) is not None:
            entries.append(TimelineEntry(record.history_date, text))
        old = record
    for letter in letters:
        who = letter.drafted_by or "the system"
        entries.append(
            TimelineEntry(letter.drafted_at, f"{letter.get_kind_display()} drafted by {who}")
        )
    return entries
