from .deadlines import Reminder, SlaDeadline
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
from .people import Spokesperson
from .policy import PolicyKind, SlaPolicy
from .press import Coverage, PressRelease, Tone

__all__ = [
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
    "Coverage",
    "Enquiry",
    "Kind",
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
