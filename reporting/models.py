"""KPI snapshots over time: the governing body dashboard reads them."""

from django.db import models

from accounts.scoping import CcgOwned


class KpiSnapshot(CcgOwned):
    """The CCG's headline figures on one day, taken nightly; never edited afterwards."""

    taken_on = models.DateField()
    figures = models.JSONField(default=dict)

    class Meta:
        ordering = ["-taken_on"]
        constraints = [
            models.UniqueConstraint("ccg", "taken_on", name="one_snapshot_per_ccg_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.ccg} on {self.taken_on}"
