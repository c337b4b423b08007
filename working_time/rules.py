"""SLA rules: how long a reply may take, and in which unit of time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

RULE_NAMES = ("holding", "response")


class Unit(StrEnum):
    """Values are stable strings so they can be stored as model choices."""

    WORKING_HOURS = "working_hours"
    WORKING_DAYS = "working_days"
    CLOCK_HOURS = "clock_hours"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


@dataclass(frozen=True)
class Rule:
    """E.g. Rule("response", 4, Unit.WORKING_HOURS): a full response in 4 working hours.

    `name` is "holding" (first/holding reply) or "response" (full response).
    """

    name: str
    amount: int
    unit: Unit

    def __post_init__(self) -> None:
        if self.name not in RULE_NAMES:
            raise ValueError(f"rule name must be one of {RULE_NAMES}, got {self.name!r}")
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 1:
            raise ValueError(
                f"rule amount must be a whole number of at least 1, got {self.amount!r}"
            )
        object.__setattr__(self, "unit", Unit(self.unit))

    def describe(self) -> str:
        """'response within 4 working hours' / 'holding reply within 1 working day'."""
        what = "holding reply" if self.name == "holding" else "response"
        unit = self.unit.label[:-1] if self.amount == 1 else self.unit.label
        return f"{what} within {self.amount} {unit}"
