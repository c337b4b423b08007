"""Equality monitoring at events: counts only, by the Equality Act 2010 protected
characteristics. No individual's characteristics are ever stored, only how many people at an
event ticked each answer (Darlington's "monitor engagement activity by equality groups")."""

from django.core.exceptions import ValidationError
from django.db import models

from accounts.scoping import CcgOwned

PREFER_NOT = ("prefer_not", "Prefer not to say")

# characteristic code -> (label, ((category code, label), ...)). The categories follow the
# NHS equality monitoring forms; ethnic groups are the ONS 2021 census's high-level groups.
CHARACTERISTICS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "age": (
        "Age",
        (
            ("under_16", "Under 16"),
            ("16_24", "16 to 24"),
            ("25_34", "25 to 34"),
            ("35_44", "35 to 44"),
            ("45_54", "45 to 54"),
            ("55_64", "55 to 64"),
            ("65_74", "65 to 74"),
            ("75_plus", "75 and over"),
            PREFER_NOT,
        ),
    ),
    "disability": (
        "Disability",
        (("disabled", "Disabled"), ("not_disabled", "Not disabled"), PREFER_NOT),
    ),
    "gender_reassignment": (
        "Gender reassignment",
        (
            ("differs", "Gender identity differs from sex registered at birth"),
            ("same", "Gender identity the same as sex registered at birth"),
            PREFER_NOT,
        ),
    ),
    "marriage": (
        "Marriage and civil partnership",
        (
            ("married", "Married or in a civil partnership"),
            ("not_married", "Not married or in a civil partnership"),
            PREFER_NOT,
        ),
    ),
    "pregnancy": (
        "Pregnancy and maternity",
        (
            ("pregnant", "Pregnant or on maternity leave"),
            ("not_pregnant", "Not pregnant or on maternity leave"),
            PREFER_NOT,
        ),
    ),
    "race": (
        "Race (ethnic group)",
        (
            ("asian", "Asian or Asian British"),
            ("black", "Black, Black British, Caribbean or African"),
            ("mixed", "Mixed or multiple ethnic groups"),
            ("white", "White"),
            ("other", "Other ethnic group"),
            PREFER_NOT,
        ),
    ),
    "religion": (
        "Religion or belief",
        (
            ("none", "No religion or belief"),
            ("christian", "Christian"),
            ("buddhist", "Buddhist"),
            ("hindu", "Hindu"),
            ("jewish", "Jewish"),
            ("muslim", "Muslim"),
            ("sikh", "Sikh"),
            ("other", "Other religion or belief"),
            PREFER_NOT,
        ),
    ),
    "sex": ("Sex", (("female", "Female"), ("male", "Male"), PREFER_NOT)),
    "sexual_orientation": (
        "Sexual orientation",
        (
            ("bisexual", "Bisexual"),
            ("gay_lesbian", "Gay or lesbian"),
            ("heterosexual", "Heterosexual or straight"),
            ("other", "Other sexual orientation"),
            PREFER_NOT,
        ),
    ),
}
CHARACTERISTIC_CHOICES = [(code, label) for code, (label, _) in CHARACTERISTICS.items()]


def category_label(characteristic: str, category: str) -> str:
    return dict(CHARACTERISTICS[characteristic][1]).get(category, category)


class EqualityCount(CcgOwned):
    """How many people at one event gave one answer for one protected characteristic."""

    event = models.ForeignKey(
        "engagement.Event", on_delete=models.CASCADE, related_name="equality_counts"
    )
    characteristic = models.CharField(max_length=30, choices=CHARACTERISTIC_CHOICES)
    category = models.CharField(max_length=30)
    count = models.PositiveIntegerField()

    class Meta:
        ordering = ["characteristic", "category"]
        constraints = [
            models.UniqueConstraint(
                "event", "characteristic", "category", name="one_equality_count_per_category"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_characteristic_display()}: {self.count}"

    def clean(self) -> None:
        known = dict(CHARACTERISTICS.get(self.characteristic, ("", ()))[1])
        if self.category not in known:
            raise ValidationError({"category": "Choose one of the monitoring form's answers."})
