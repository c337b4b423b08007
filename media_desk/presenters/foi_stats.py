"""The FOI statistics as the page's table: one row per measure, one column per quarter."""

from dataclasses import dataclass

from ..models.foi import EXEMPTION_BY_SECTION, ReviewOutcome


@dataclass(frozen=True)
class StatsRow:
    label: str
    cells: list[tuple[str, str]]  # (the quarter, the figure)
    indent: bool = False  # a breakdown of the row above


def _in_time(stats) -> str:
    if stats.percent_in_time is None:
        return "0"
    return f"{stats.answered_in_time} ({stats.percent_in_time:g}%)"


def foi_statistics_rows(quarters) -> list[StatsRow]:
    def row(label, value, indent=False):
        return StatsRow(label, [(q.period.label, str(value(q))) for q in quarters], indent)

    sections = sorted({s for q in quarters for s in q.exemptions})
    rows = [
        row("Requests received", lambda q: q.received),
        row("Answered", lambda q: q.answered),
        row("Answered within 20 working days", _in_time),
        row("Extended for the public interest test", lambda q: q.extended),
        row("Refused", lambda q: q.refused),
    ]
    for section in sections:
        exemption = EXEMPTION_BY_SECTION.get(section)
        label = f"Exemption {exemption.label}" if exemption else f"Exemption s.{section}"
        rows.append(row(label, lambda q, s=section: q.exemptions.get(s, 0), indent=True))
    rows += [
        row("Internal reviews requested", lambda q: q.reviews_requested),
        row("Internal reviews completed", lambda q: q.reviews_completed),
    ]
    for code, name in ReviewOutcome.choices:
        rows.append(
            row(f"Review {name.lower()}", lambda q, c=code: q.review_outcomes.get(c, 0), True)
        )
    rows.append(row("Referred to the ICO", lambda q: q.ico_referrals))
    return rows
