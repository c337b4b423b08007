"""Small helpers the services share."""

from core.editing import apply_data

__all__ = ["apply_data"]
