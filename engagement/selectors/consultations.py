"""Reading consultations: the list, the checklist as it stands, and what blocks the report."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from accounts.scoping import Scope

from ..models import CHECKLIST_HINTS, ChecklistItem, Consultation, ConsultationCheck


def consultation_list(*, scope: Scope) -> QuerySet[Consultation]:
    return (
        Consultation.objects.visible_to(scope)
        .select_related("ccg", "programme", "owner")
        .annotate(checks_done=Count("checks", filter=Q(checks__done_on__isnull=False)))
        .order_by("-opens_on", "-pk")
    )


CLOSING_WITHIN = datetime.timedelta(weeks=4)


def consultations_closing(
    *, scope: Scope, owner, today: datetime.date, limit: int
) -> list[Consultation]:
    """Consultations open now and closing within four weeks that `owner` owns, or (owner None)
    nobody owns, the soonest closing first."""
    consultations = (
        Consultation.objects.visible_to(scope)
        .filter(opens_on__lte=today, closes_on__gte=today, closes_on__lte=today + CLOSING_WITHIN)
        .select_related("ccg", "owner")
        .order_by("closes_on", "pk")
    )
    if owner:
        consultations = consultations.filter(owner=owner)
    else:
        consultations = consultations.filter(owner__isnull=True)
    return list(consultations[:limit])


@dataclass(frozen=True)
class ChecklistRow:
    item: ChecklistItem
    hint: str
    check: ConsultationCheck | None

    @property
    def done(self) -> bool:
        return self.check is not None and self.check.done_on is not None


def consultation_checklist(*, consultation: Consultation) -> list[ChecklistRow]:
    """Every item of the statutory checklist, in order, with what has been recorded."""
    recorded = {c.item: c for c in consultation.checks.all()}
    return [ChecklistRow(item, CHECKLIST_HINTS[item], recorded.get(item)) for item in ChecklistItem]


def consultation_report_gaps(*, consultation: Consultation, today: datetime.date) -> list[str]:
    """What still stands between this consultation and a published report."""
    gaps = []
    if today <= consultation.closes_on:
        gaps.append(f"The consultation is open until {consultation.closes_on:%-d %B %Y}.")
    missing = [
        row.item.label for row in consultation_checklist(consultation=consultation) if not row.done
    ]
    if missing:
        gaps.append("The statutory checklist is not complete: " + "; ".join(missing) + ".")
    for field, what in (
        ("decision_maker", "who made the decision"),
        ("decision_on", "the decision date"),
        ("decision", "the decision"),
        ("report_heard", "what we heard"),
        ("report_changed", "how it changed the decision"),
    ):
        value = getattr(consultation, field)
        if value is None or (isinstance(value, str) and not value.strip()):
            gaps.append(f"Record {what}.")
    return gaps
