"""One row of cells -> the values for the register, or the reasons it cannot be used.

Only non-empty cells give values: an empty cell never blanks what the register holds."""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils import timezone

from accounts.models import Ccg, Locality, User
from core.exports import FORMULA_PREFIXES
from stakeholders.matching import email_key, text_key
from stakeholders.models import Segment

from . import values as words
from .headers import ADDRESS_PARTS, BY_FIELD, HeaderMap

TEXT_LIMITS = {
    "title": 20,
    "first_name": 100,
    "last_name": 100,
    "job_title": 200,
    "organisation": 200,
    "phone": 40,
    "mobile": 40,
    "constituency": 100,
    "party": 100,
    "authority": 100,
    "ward": 100,
    "preferred_language": 100,
    "address": 2000,
    "notes": 5000,
}
EMAIL_LIMIT = 254
_RUNS_OF_SPACE = re.compile(r"\s\s|[^\S ]")
_email_validator = EmailValidator()


@dataclass
class Lookups:
    """The CCG's reference data, loaded once per import."""

    ccg: Ccg
    localities: dict[str, int] = field(default_factory=dict)
    locality_names: list[str] = field(default_factory=list)
    segments: dict[str, int] = field(default_factory=dict)
    segment_names: list[str] = field(default_factory=list)
    owners: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, ccg: Ccg) -> "Lookups":
        lookups = cls(ccg=ccg)
        for pk, name in Locality.objects.filter(ccg=ccg).values_list("id", "name"):
            lookups.localities[text_key(name)] = pk
            lookups.locality_names.append(name)
        for pk, name in Segment.objects.for_ccgs([ccg.pk]).values_list("id", "name"):
            lookups.segments[text_key(name)] = pk
            lookups.segment_names.append(name)
        members = User.objects.filter(memberships__ccg=ccg, is_active=True)
        for pk, email, name in members.values_list("id", "email", "full_name"):
            lookups.owners[email_key(email)] = pk
            lookups.owners.setdefault(text_key(name), pk)
        return lookups


@dataclass(slots=True)
class CleanRow:
    number: int
    values: dict
    errors: list[tuple[str, str]]


def clean_row(number: int, cells: list[str], header_map: HeaderMap, lookups: Lookups) -> CleanRow:
    row = CleanRow(number=number, values={}, errors=[])
    raw = {name: text for name, index in header_map.fields.items() if (text := _cell(cells, index))}

    def error(name: str, message: str) -> None:
        row.errors.append((header_map.headers.get(name, BY_FIELD[name].header), message))

    for name in [name for name, text in raw.items() if "\x00" in text]:
        # A NUL byte cannot be stored, and usually means the file was damaged on the way.
        error(name, "contains a NUL character (the file may be damaged); retype this cell.")
        del raw[name]
    _names(raw, row, error)
    for name, limit in TEXT_LIMITS.items():
        if name in raw and name not in ("first_name", "last_name", "title"):
            _text(row, name, raw[name], limit, error)
    _address(raw, row, error)
    if "email" in raw:
        _email(row, raw["email"], error)
    _choices(raw, row, lookups, error)
    return row


def _cell(cells: list[str], index: int) -> str:
    text = cells[index].strip() if index < len(cells) and cells[index] else ""
    if text[:1] == "'" and text[1:2] in FORMULA_PREFIXES:
        return text[1:]  # the apostrophe our own exports put before a formula-like cell
    return text


def _text(row: CleanRow, name: str, text: str, limit: int, error) -> None:
    if name not in ("address", "notes") and _RUNS_OF_SPACE.search(text):
        text = " ".join(text.split())  # stray double spaces and line breaks in a name or phone
    if len(text) > limit:
        error(name, f"is {len(text)} characters long; the most is {limit}.")
    else:
        row.values[name] = text


def _names(raw: dict, row: CleanRow, error) -> None:
    first, last, title = raw.get("first_name", ""), raw.get("last_name", ""), raw.get("title", "")
    if not (first or last) and raw.get("full_name"):
        split_title, first, last = words.split_name(raw["full_name"])
        title = title or split_title
        if not first:
            error("full_name", f"'{raw['full_name']}' needs a first and a last name.")
            return
    if not first:
        error("first_name", "is empty; every contact needs a first name.")
    if not last:
        error("last_name", "is empty; every contact needs a last name.")
    for name, text in (("title", title), ("first_name", first), ("last_name", last)):
        if text:
            _text(row, name, text, TEXT_LIMITS[name], error)


def _address(raw: dict, row: CleanRow, error) -> None:
    parts = [raw[name] for name in ADDRESS_PARTS if name in raw and name != "address"]
    if parts:
        whole = "\n".join([raw.get("address", ""), *parts]).strip()
        row.values.pop("address", None)
        _text(row, "address", whole, TEXT_LIMITS["address"], error)


def _email(row: CleanRow, text: str, error) -> None:
    email = text.removeprefix("mailto:").strip().strip("<>").strip()
    try:
        _email_validator(email)
        if len(email) > EMAIL_LIMIT:
            raise ValidationError("too long")
    except ValidationError:
        error("email", f"'{text}' is not a valid e-mail address.")
        return
    row.values["email"] = email


def _choices(raw: dict, row: CleanRow, lookups: Lookups, error) -> None:
    if "kind" in raw:
        kind = words.KINDS.get(words.normalise(raw["kind"]))
        if kind is None:
            error(
                "kind",
                f"'{raw['kind']}' is not a kind; use Stakeholder, MP, Councillor or Journalist.",
            )
        else:
            row.values["kind"] = kind
    if "locality" in raw:
        _lookup(row, "locality", raw["locality"], lookups.localities, lookups.locality_names, error)
    if "relationship_owner" in raw:
        owner = lookups.owners.get(email_key(raw["relationship_owner"])) or lookups.owners.get(
            text_key(raw["relationship_owner"])
        )
        if owner is None:
            error(
                "relationship_owner",
                f"'{raw['relationship_owner']}' is not a portal user in {lookups.ccg}.",
            )
        else:
            row.values["relationship_owner_id"] = owner
    if "segments" in raw:
        _segments(row, raw["segments"], lookups, error)
    if "format_needs" in raw:
        _needs(row, raw["format_needs"], error)
    for name in ("interest", "influence"):
        if name in raw:
            score = words.score_for(raw[name])
            if score is None:
                error(name, f"'{raw[name]}' is not a score; use 1 to 5, or Low, Medium or High.")
            else:
                row.values[name] = score
    if "consent_date" in raw:
        _consent_date(row, raw["consent_date"], error)


PLURALS = {"locality": "localities"}


def _known(plural: str, names) -> str:
    """'This CCG's localities are: Bootle, Crosby.' or that it has none yet."""
    if not names:
        return f"This CCG has no {plural} set up yet."
    return f"This CCG's {plural} are: {', '.join(sorted(names))}."


def _lookup(row, name, text, table, names, error) -> None:
    pk = table.get(text_key(text))
    if pk is None:
        error(name, f"there is no {name} called '{text}'. {_known(PLURALS[name], names)}")
    else:
        row.values[f"{name}_id"] = pk


def _segments(row: CleanRow, text: str, lookups: Lookups, error) -> None:
    whole = lookups.segments.get(text_key(text))
    names = [text] if whole else words.split_list(text)
    ids, unknown = [], []
    for name in names:
        pk = lookups.segments.get(text_key(name))
        (ids.append(pk) if pk else unknown.append(name))
    if unknown:
        known = _known("segments", sorted(lookups.segment_names)[:30])
        error("segments", f"no segment called {', '.join(repr(n) for n in unknown)}. {known}")
    else:
        row.values["segment_ids"] = tuple(sorted(set(ids)))


def _needs(row: CleanRow, text: str, error) -> None:
    needs, unknown = [], []
    for part in words.split_list(text):
        need = words.need_for(part)
        (needs.append(need) if need else unknown.append(part))
    if unknown:
        error(
            "format_needs",
            f"{', '.join(repr(n) for n in unknown)} is not a format need we know; use e.g. "
            "Large print, Easy read, Braille, Audio, BSL, Interpreter, Hearing loop.",
        )
    else:
        row.values["format_needs"] = tuple(dict.fromkeys(needs))


def _consent_date(row: CleanRow, text: str, error) -> None:
    date = words.date_for(text)
    if date is None:
        error("consent_date", f"'{text}' is not a date; write it day first, like 25/05/2018.")
    elif date > timezone.localdate():
        error("consent_date", f"'{text}' is in the future.")
    else:
        row.values["consent_date"] = date
