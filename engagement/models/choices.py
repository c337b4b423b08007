"""The fixed vocabularies of engagement, from the seed strategies."""

from django.db import models


class ActivityKind(models.TextChoices):
    """South Sefton's Big and Mini Chats and AGMs, Darlington's focus groups, listening events and
    PPGs, Thurrock's roadshows and online sessions, and the events of a formal consultation."""

    BIG_CHAT = "big_chat", "Big Chat"
    MINI_CHAT = "mini_chat", "Mini Chat"
    FOCUS_GROUP = "focus_group", "Focus group"
    LISTENING_EVENT = "listening_event", "Listening event"
    PUBLIC_MEETING = "public_meeting", "Public meeting"
    AGM = "agm", "Annual general meeting"
    PPG = "ppg", "Patient participation group"
    ROADSHOW = "roadshow", "Roadshow"
    SURVEY = "survey", "Survey"
    ONLINE = "online", "Online session"
    CONSULTATION_EVENT = "consultation_event", "Consultation event"


class CycleStage(models.TextChoices):
    """The national Engagement Cycle that Dorset adopted (framework 1.2 and 1.7)."""

    NEEDS = "needs", "1. Identifying needs and aspirations"
    PRIORITIES = "priorities", "2. Deciding priorities and planning"
    DESIGN = "design", "3. Designing and specifying services"
    SUPPLY = "supply", "4. Shaping the structure of supply"
    MONITORING = "monitoring", "5. Monitoring and evaluating"


class FeedbackSource(models.TextChoices):
    EVENT = "event", "Engagement event"
    SURVEY = "survey", "Survey"
    SOCIAL_MEDIA = "social_media", "Social media"
    HEALTHWATCH = "healthwatch", "Healthwatch"
    COMPLAINT = "complaint", "Complaint"
    COMPLIMENT = "compliment", "Compliment"
    MP_LETTER = "mp_letter", "MP letter"
    OTHER = "other", "Other"


class Sentiment(models.TextChoices):
    POSITIVE = "positive", "Positive"
    MIXED = "mixed", "Mixed"
    NEUTRAL = "neutral", "Neutral"
    NEGATIVE = "negative", "Negative"


class ResponseStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"
    NOT_POSSIBLE = "not_possible", "Not possible"


CLOSED_STATUSES = frozenset({ResponseStatus.DONE, ResponseStatus.NOT_POSSIBLE})


class StatutoryBasis(models.TextChoices):
    """The duty to involve: s.14Z2 NHS Act 2006 for a CCG, s.14Z45 for its successor ICB."""

    CCG = "s14z2", "s.14Z2 NHS Act 2006 (clinical commissioning group)"
    ICB = "s14z45", "s.14Z45 NHS Act 2006 (integrated care board)"


class ReportJobStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Being generated"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


class ReminderKind(models.TextChoices):
    RESPONSE_OVERDUE = "response_overdue", "Response overdue"
    CONSULTATION_CLOSING = "consultation_closing", "Consultation closing soon"
    REPORT_OVERDUE = "report_overdue", "Consultation report overdue"
