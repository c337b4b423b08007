"""People reached against the CCG's own target, per locality and for the CCG.

"Reached" is the attendance recorded at the events held in the period. A locality's target is
its population times the reach target the CCG set for it (0.5% until the CCG sets its own); a
CCG's is the sum of its localities' (or 0.5% of its population when it has no localities).
Events tied to no locality count for the CCG only."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Sum
from django.utils import timezone

from accounts.models import Ccg, Locality
from accounts.scoping import Scope

from ..models import Event
from ..periods import Period

VIEW_EVENT = "engagement.view_event"
DEFAULT_TARGET_PERCENT = Decimal("0.5")


# (band, lowest percent of target, words). Met is green, the rest warm to red as the gap grows.
BANDS = (
    ("met", 100, "Target met"),
    ("near", 75, "Nearly there"),
    ("behind", 40, "Behind target"),
    ("far", 0, "Far behind target"),
)


def target_of(population: int, percent: Decimal) -> int:
    return round(population * percent / 100)


@dataclass
class ReachRow:
    name: str
    population: int
    target: int
    target_percent: Decimal | None = None
    reached: int = 0
    events: int = 0

    @property
    def target_percent_display(self) -> str:
        return f"{self.target_percent.normalize():f}%" if self.target_percent is not None else ""

    @property
    def percent_of_target(self) -> int | None:
        return round(100 * self.reached / self.target) if self.target else None

    @property
    def met(self) -> bool:
        return self.target > 0 and self.reached >= self.target

    @property
    def band(self) -> str:
        """How far from target, in steps: the bar's colour and its words (BANDS)."""
        percent = self.percent_of_target
        return next(name for name, floor, _ in BANDS if percent is not None and percent >= floor)

    @property
    def band_label(self) -> str:
        return next(label for name, _, label in BANDS if name == self.band)

    @property
    def meter_value(self) -> int:
        """The bar stops full at the target; the figure beside it says how far past."""
        return min(self.reached, self.target)


@dataclass
class CcgReach:
    ccg: Ccg
    localities: list[ReachRow] = field(default_factory=list)
    unplaced: ReachRow | None = None  # events tied to no locality
    total: ReachRow | None = None


def reach_for_ccgs(*, ccg_ids, period: Period) -> list[CcgReach]:
    """Three queries whatever the number of CCGs, localities and events."""
    now = timezone.now()
    ccgs = list(Ccg.objects.filter(pk__in=ccg_ids).order_by("name"))
    localities = list(Locality.objects.filter(ccg_id__in=ccg_ids).order_by("name"))
    sums = (
        Event.objects.for_ccgs(ccg_ids)
        # Held events only: one still to come has reached nobody yet.
        .filter(starts_at__gte=period.starts_at, starts_at__lt=min(period.ends_before, now))
        .values("ccg_id", "locality_id")
        .annotate(reached=Sum("attendance"), events=Count("pk"))
    )
    by_place = {(row["ccg_id"], row["locality_id"]): row for row in sums}
    per_ccg = defaultdict(list)
    for locality in localities:
        percent = locality.reach_target_percent
        row = ReachRow(
            locality.name, locality.population, target_of(locality.population, percent), percent
        )
        found = by_place.get((locality.ccg_id, locality.pk), {})
        row.reached, row.events = found.get("reached") or 0, found.get("events", 0)
        per_ccg[locality.ccg_id].append(row)
    results = []
    for ccg in ccgs:
        rows = per_ccg[ccg.pk]
        loose = by_place.get((ccg.pk, None), {})
        unplaced = ReachRow("Not tied to a locality", 0, 0)
        unplaced.reached, unplaced.events = loose.get("reached") or 0, loose.get("events", 0)
        if rows:  # each locality with its own percent
            total = ReachRow(ccg.name, sum(r.population for r in rows), sum(r.target for r in rows))
        else:
            target = target_of(ccg.population, DEFAULT_TARGET_PERCENT)
            total = ReachRow(ccg.name, ccg.population, target, DEFAULT_TARGET_PERCENT)
        total.reached = sum(r.reached for r in rows) + unplaced.reached
        total.events = sum(r.events for r in rows) + unplaced.events
        results.append(CcgReach(ccg, rows, unplaced if unplaced.events else None, total))
    return results


def reach_summary(*, scope: Scope, period: Period) -> list[CcgReach]:
    return reach_for_ccgs(ccg_ids=scope.ccg_ids_with(VIEW_EVENT), period=period)
