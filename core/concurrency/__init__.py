"""No lost update, no double submit: the edit and create paths every app shares.

- Edits: a `Versioned` model counts its saves; its edit form (`VersionedForm`) carries the
  version it was opened at; the app's update service calls `version_check` first, which locks
  the row and raises `StaleEdit` when someone saved since; the view answers with
  `conflict_response`, one page where the user keeps theirs or takes the saved value, field by
  field, and saves again.
- Creates: a create form (`OnceForm`) carries a one-time token; `submit_once` claims it in the
  create's own transaction, so a repeat of the same post redirects to the first result and
  creates nothing. `submissions_purge` drops old tokens (a periodic job).

See docs/adr/0006-no-lost-update-no-double-submit.md."""

from .conflicts import conflict_response
from .once import OnceForm, OnceTokenForm, submissions_purge, submit_once
from .versions import StaleEdit, Versioned, VersionedForm, version_check

__all__ = [
    "OnceForm",
    "OnceTokenForm",
    "StaleEdit",
    "Versioned",
    "VersionedForm",
    "conflict_response",
    "submissions_purge",
    "submit_once",
    "version_check",
]
