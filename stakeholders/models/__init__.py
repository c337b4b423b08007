"""The stakeholder register's models, one module per part (see each module's docstring)."""

from .choices import (
    ContactKind,
    FormatNeed,
    ImportStatus,
    InteractionKind,
    LawfulBasis,
    MapPurpose,
    OrganisationType,
    Quadrant,
    Sector,
    SegmentKind,
    Stance,
    SuppressionReason,
    WithdrawalReason,
)
from .consent import DistributionList, Subscription, Suppression
from .imports import RUNNING_STATUSES, ImportJob
from .interactions import Interaction
from .maps import MapEntry, StakeholderMap
from .register import Contact, Organisation, Segment
from .scores import HIGH_SCORE, quadrant_filter, quadrant_for

__all__ = [
    "HIGH_SCORE",
    "RUNNING_STATUSES",
    "Contact",
    "ContactKind",
    "DistributionList",
    "FormatNeed",
    "ImportJob",
    "ImportStatus",
    "Interaction",
    "InteractionKind",
    "LawfulBasis",
    "MapEntry",
    "MapPurpose",
    "Organisation",
    "OrganisationType",
    "Quadrant",
    "Sector",
    "Segment",
    "SegmentKind",
    "StakeholderMap",
    "Stance",
    "Subscription",
    "Suppression",
    "SuppressionReason",
    "WithdrawalReason",
    "quadrant_filter",
    "quadrant_for",
]
