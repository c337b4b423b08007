"""How the register decides two records are the same person: the one definition used by the
import, sign-ups and suppressions.

A person is the same when their e-mail is (case-insensitive, trimmed), or else when their
first name, last name and organisation are (case-insensitive, spaces collapsed).

Two spellings of one value ("Jürgen Müller", "jurgen  muller") are the same value when they are
equal once case, accents and spacing are ignored (`same_value`); the one kept is the one that
says more (`fuller_spelling`)."""

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def text_key(text: str | None) -> str:
    return _SPACES.sub(" ", (text or "").strip()).casefold()


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def loose_key(text: str | None) -> str:
    """The value with case, accents and spacing set aside (for comparing, never for storing:
    suppressions keep `text_key`, so a stored suppression's key does not change)."""
    return text_key(_unaccented(text or ""))


def same_value(a, b) -> bool:
    return isinstance(a, str) and isinstance(b, str) and loose_key(a) == loose_key(b)


def _information(text: str) -> tuple[int, int]:
    """What a spelling says beyond its letters: accented letters, then capitals (an all-capitals
    value says nothing about case, so it counts none)."""
    accents = sum(1 for char in text if _unaccented(char) != char)
    capitals = sum(1 for char in text if char.isupper()) if any(c.islower() for c in text) else 0
    return accents, capitals


def fuller_spelling(held: str, other: str) -> str:
    """Of two spellings of one value, the one with more accents, then more capitals, and with
    its spacing tidied; `held` on a tie."""
    chosen = other if _information(other) > _information(held) else held
    return _SPACES.sub(" ", chosen.strip())


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
