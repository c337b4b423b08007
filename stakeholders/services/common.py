"""Small helpers the services share."""

from ccgcomms.editing import apply_data

__all__ = ["apply_data"]
