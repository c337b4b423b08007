"""How the register decides two records are the same person: the one definition used by the
import, sign-ups and suppressions.

A person is the same when their e-mail is (case-insensitive, trimmed), or else when their
first name, last name and organisation are (case-insensitive, spaces collapsed)."""

import hashlib
import re

_SPACES = re.compile(r"\s+")


def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def text_key(text: str | None) -> str:
    return _SPACES.sub(" ", (text or "").strip()).casefold()


def name_key(first_name: str, last_name: str, organisation_name: str | None) -> tuple:
    return (text_key(first_name), text_key(last_name), text_key(organisation_name))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def suppression_keys(
    *, email: str, first_name: str, last_name: str, organisation_name: str | None
) -> list[str]:
    """One-way keys for a suppression: enough to recognise the person again, not to read
    back who they were."""
    keys = [_digest("name:" + "|".join(name_key(first_name, last_name, organisation_name)))]
    if email_key(email):
        keys.append(_digest("email:" + email_key(email)))
    return keys
