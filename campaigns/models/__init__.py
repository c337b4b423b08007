"""The campaign calendar's records, one module per part of the plan."""

from .plans import AwarenessDay, Campaign

__all__ = ["AwarenessDay", "Campaign"]
