from .briefings import BriefingSchedule, MpBriefing
from .corrections import CorrectionOutcome, CorrectionRequest
from .deadlines import DeadlineMove, Reminder, SlaDeadline
from .enquiry import Category, Channel, Enquiry, Kind, Partner, Urgency
from .foi import (
    EXEMPTIONS,
    CitedExemption,
    DisclosureLogEntry,
    Exemption,
    FoiDecision,
    FoiLetter,
    LetterKind,
    Outcome,
    ReviewOutcome,
)
from .lines import LineToTake
from .people import Spokesperson
from .policy import PolicyKind, SlaPolicy
from .press import Coverage, PressRelease, Tone

__all__ = [
    "BriefingSchedule",
    "MpBriefing",
    "EXEMPTIONS",
    "CitedExemption",
    "DisclosureLogEntry",
    "Exemption",
    "FoiDecision",
    "FoiLetter",
    "LetterKind",
    "Outcome",
    "ReviewOutcome",
    "Category",
    "Channel",
    "CorrectionOutcome",
    "CorrectionRequest",
    "Coverage",
    "DeadlineMove",
    "Enquiry",
    "Kind",
    "LineToTake",
    "Partner",
    "PolicyKind",
    "PressRelease",
    "Reminder",
    "SlaDeadline",
    "SlaPolicy",
    "Spokesperson",
    "Tone",
    "Urgency",
]
