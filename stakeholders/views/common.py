"""What the register's views share, defined once in accounts and ccgcomms."""

from accounts.access import ccg_choice, ccg_for_create
from core.editing import add_service_errors
from core.exports import export

__all__ = ["add_service_errors", "ccg_choice", "ccg_for_create", "export"]
