"""The fixed vocabularies of the register, shared by models, forms, import and export."""

from django.db import models


class OrganisationType(models.TextChoices):
    GP_PRACTICE = "gp_practice", "GP practice"
    NHS_PROVIDER = "nhs_provider", "NHS provider"
    NHS_COMMISSIONER = "nhs_commissioner", "NHS commissioner"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    HEALTHWATCH = "healthwatch", "Healthwatch"
    VOLUNTARY = "voluntary", "Voluntary and community sector"
    MEDIA = "media", "Media outlet"
    PARLIAMENT = "parliament", "Parliament"
    EDUCATION = "education", "Education"
    BUSINESS = "business", "Business"
    PATIENT_GROUP = "patient_group", "Patient group"
    OTHER = "other", "Other"


class Sector(models.TextChoices):
    NHS = "nhs", "NHS"
    LOCAL_GOVERNMENT = "local_government", "Local government"
    CENTRAL_GOVERNMENT = "central_government", "Central government and Parliament"
    VOLUNTARY = "voluntary", "Voluntary, community and social enterprise"
    PRIVATE = "private", "Private sector"
    EDUCATION = "education", "Education"
    MEDIA = "media", "Media"
    COMMUNITY = "community", "Community and faith groups"
    OTHER = "other", "Other"


class ContactKind(models.TextChoices):
    STAKEHOLDER = "stakeholder", "Stakeholder"
    MP = "mp", "MP"
    COUNCILLOR = "councillor", "Councillor"
    JOURNALIST = "journalist", "Journalist"


class SegmentKind(models.TextChoices):
    """South Sefton and Thurrock segment by audience, by place and by theme; Darlington and
    Thurrock single out the seldom-heard."""

    AUDIENCE = "audience", "Audience group"
    PLACE = "place", "Place"
    THEME = "theme", "Theme"
    SELDOM_HEARD = "seldom_heard", "Seldom-heard group"


class FormatNeed(models.TextChoices):
    """Accessible Information Standard (DCB1605): the formats and support a person needs."""

    LARGE_PRINT = "large_print", "Large print"
    EASY_READ = "easy_read", "Easy read"
    BRAILLE = "braille", "Braille"
    AUDIO = "audio", "Audio"
    BSL = "bsl", "British Sign Language interpreter"
    DEAFBLIND = "deafblind", "Deafblind manual interpreter"
    LIPSPEAKER = "lipspeaker", "Lipspeaker"
    HEARING_LOOP = "hearing_loop", "Hearing loop"
    INTERPRETER = "interpreter", "Spoken language interpreter"
    TRANSLATION = "translation", "Translated documents"
    EMAIL_ONLY = "email_only", "Contact by e-mail"
    TEXT_MESSAGE = "text_message", "Contact by text message"
    TEXT_RELAY = "text_relay", "Text relay (Relay UK)"
    ADVOCATE = "advocate", "Advocate or carer present"


class Stance(models.TextChoices):
    """South Sefton's appendix 3: who can help a piece of work along and who may hold it back."""

    ENABLER = "enabler", "Enabler"
    NEUTRAL = "neutral", "Neutral"
    LIMITER = "limiter", "Limiter"


class Quadrant(models.TextChoices):
    MANAGE_CLOSELY = "manage_closely", "Manage closely"
    KEEP_SATISFIED = "keep_satisfied", "Keep satisfied"
    KEEP_INFORMED = "keep_informed", "Keep informed"
    MONITOR = "monitor", "Monitor"


class InteractionKind(models.TextChoices):
    MEETING = "meeting", "Meeting"
    BRIEFING = "briefing", "Briefing"
    CALL = "call", "Phone call"
    EMAIL = "email", "E-mail"
    EVENT = "event", "Event attendance"
    LETTER = "letter", "Letter"
    OTHER = "other", "Other"


class MapPurpose(models.TextChoices):
    PROGRAMME = "programme", "Programme"
    CONSULTATION = "consultation", "Consultation"


class LawfulBasis(models.TextChoices):
    """UK GDPR article 6(1)."""

    CONSENT = "consent", "Consent"
    LEGITIMATE_INTERESTS = "legitimate_interests", "Legitimate interests"
    PUBLIC_TASK = "public_task", "Public task"
    CONTRACT = "contract", "Contract"
    LEGAL_OBLIGATION = "legal_obligation", "Legal obligation"
    VITAL_INTERESTS = "vital_interests", "Vital interests"


class WithdrawalReason(models.TextChoices):
    REQUESTED = "requested", "Asked to unsubscribe"
    NOT_RECONSENTED = "not_reconsented", "Did not renew consent"
    BOUNCED = "bounced", "E-mail bounced"
    LEFT_ROLE = "left_role", "Left their role"
    ERASED = "erased", "Erased at their request"


class SuppressionReason(models.TextChoices):
    WITHDRAWN = "withdrawn", "Withdrew from a list"
    ERASED = "erased", "Erased at their request"


class ImportStatus(models.TextChoices):
    UPLOADED = "uploaded", "Waiting to be checked"
    CHECKING = "checking", "Checking"
    CHECKED = "checked", "Checked"
    CONFIRMED = "confirmed", "Waiting to import"
    IMPORTING = "importing", "Importing"
    IMPORTED = "imported", "Imported"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"
