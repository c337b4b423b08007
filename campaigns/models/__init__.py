"""The campaign calendar's records, one module per part of the plan."""

from .plans import AwarenessDay, Campaign

__all__ = ["AwarenessDay", "Campaign"]

from .content import APPROVE_CONTENT, Channel, ContentApproval, ContentItem, ContentStatus  # noqa: E402

__all__ += ["APPROVE_CONTENT", "Channel", "ContentApproval", "ContentItem", "ContentStatus"]

from .actions import ActionItem, ActionStatus, Rag  # noqa: E402

__all__ += ["ActionItem", "ActionStatus", "Rag"]

from .evaluation import (  # noqa: E402
    DIGITAL_CHANNELS,
    CampaignLesson,
    CampaignMeasure,
    ChannelFigures,
)

__all__ += ["DIGITAL_CHANNELS", "CampaignLesson", "CampaignMeasure", "ChannelFigures"]
