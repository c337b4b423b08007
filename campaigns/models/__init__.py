"""The campaign calendar's records, one module per part of the plan."""

from .plans import (
    NATIONAL_CAMPAIGNS,
    AwarenessDay,
    AwarenessDayChoice,
    Campaign,
    CampaignNote,
    CampaignStatus,
    Channel,
    NationalAwarenessDay,
    Priority,
    Rag,
)

__all__ = [
    "NATIONAL_CAMPAIGNS",
    "AwarenessDay",
    "AwarenessDayChoice",
    "Campaign",
    "CampaignNote",
    "CampaignStatus",
    "Channel",
    "NationalAwarenessDay",
    "Priority",
    "Rag",
]
from .meetings import Meeting, MeetingKind  # noqa: E402

__all__ += ["Meeting", "MeetingKind"]
from .feeds import CalendarFeed  # noqa: E402

__all__ += ["CalendarFeed"]
from .content import APPROVE_CONTENT, ContentApproval, ContentItem, ContentStatus  # noqa: E402

__all__ += ["APPROVE_CONTENT", "ContentApproval", "ContentItem", "ContentStatus"]

from .actions import ActionItem, ActionStatus  # noqa: E402

__all__ += ["ActionItem", "ActionStatus"]

from .evaluation import (  # noqa: E402
    DIGITAL_CHANNELS,
    CampaignLesson,
    CampaignMeasure,
    ChannelFigures,
)

__all__ += ["DIGITAL_CHANNELS", "CampaignLesson", "CampaignMeasure", "ChannelFigures"]
