"""Interest and influence (1-5) and the quadrant they give (Dorset's stakeholder analysis)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from .choices import Quadrant, Stance

SCORE_MIN, SCORE_MAX = 1, 5
# 4 and 5 count as high. A middling 3 stays on the low side so that "manage closely" is the
# short list it is meant to be rather than everyone nobody has thought hard about.
HIGH_SCORE = 4
SCORE_VALIDATORS = [MinValueValidator(SCORE_MIN), MaxValueValidator(SCORE_MAX)]


def quadrant_for(*, interest: int | None, influence: int | None) -> Quadrant | None:
    if interest is None or influence is None:
        return None
    if influence >= HIGH_SCORE:
        return Quadrant.MANAGE_CLOSELY if interest >= HIGH_SCORE else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if interest >= HIGH_SCORE else Quadrant.MONITOR


def quadrant_filter(quadrant: str, prefix: str = "") -> models.Q:
    """The rows in `quadrant`, for querysets (prefix e.g. "entries__")."""
    high_influence = models.Q(**{f"{prefix}influence__gte": HIGH_SCORE})
    high_interest = models.Q(**{f"{prefix}interest__gte": HIGH_SCORE})
    low_influence = models.Q(**{f"{prefix}influence__lt": HIGH_SCORE})
    low_interest = models.Q(**{f"{prefix}interest__lt": HIGH_SCORE})
    return {
        Quadrant.MANAGE_CLOSELY: high_influence & high_interest,
        Quadrant.KEEP_SATISFIED: high_influence & low_interest,
        Quadrant.KEEP_INFORMED: low_influence & high_interest,
        Quadrant.MONITOR: low_influence & low_interest,
    }[Quadrant(quadrant)]


def score_constraints(model_name: str) -> list[models.CheckConstraint]:
    in_range = {
        field: models.Q(**{f"{field}__isnull": True})
        | models.Q(**{f"{field}__gte": SCORE_MIN, f"{field}__lte": SCORE_MAX})
        for field in ("interest", "influence")
    }
    return [
        models.CheckConstraint(condition=q, name=f"{model_name}_{field}_1_to_5")
        for field, q in in_range.items()
    ]


class Scored(models.Model):
    """Interest, influence and stance; the quadrant follows from the two scores."""

    interest = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=SCORE_VALIDATORS, help_text="1 (low) to 5 (high)."
    )
    influence = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=SCORE_VALIDATORS, help_text="1 (low) to 5 (high)."
    )
    stance = models.CharField(max_length=10, choices=Stance.choices, blank=True)

    class Meta:
        abstract = True

    @property
    def quadrant(self) -> Quadrant | None:
        return quadrant_for(interest=self.interest, influence=self.influence)
