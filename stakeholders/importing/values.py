"""The words people write in cells, mapped to the register's codes: kinds, format needs,
scores and dates. Compared like headers: case-insensitive, ignoring spaces and punctuation."""

import datetime

from stakeholders.models import ContactKind, FormatNeed

from .headers import normalise

TITLES = frozenset(
    {
        *("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr", "councillor"),
        *("rev", "revd", "reverend", "sir", "dame", "lord", "lady"),
    }
)


def _table(choices, extra: dict[str, str]) -> dict[str, str]:
    table = {normalise(code): code for code in choices.values}
    table.update({normalise(label): code for code, label in choices.choices})
    table.update({normalise(word): code for word, code in extra.items()})
    return table


KINDS = _table(
    ContactKind,
    {
        "Member of Parliament": ContactKind.MP,
        "Cllr": ContactKind.COUNCILLOR,
        "Councilor": ContactKind.COUNCILLOR,
        "Reporter": ContactKind.JOURNALIST,
        "Press": ContactKind.JOURNALIST,
        "Media": ContactKind.JOURNALIST,
    },
)

NEEDS = _table(
    FormatNeed,
    {
        "LP": FormatNeed.LARGE_PRINT,
        "Big print": FormatNeed.LARGE_PRINT,
        "Audio CD": FormatNeed.AUDIO,
        "Audio format": FormatNeed.AUDIO,
        "BSL": FormatNeed.BSL,
        "British Sign Language": FormatNeed.BSL,
        "Sign language": FormatNeed.BSL,
        "Deafblind": FormatNeed.DEAFBLIND,
        "Loop": FormatNeed.HEARING_LOOP,
        "Induction loop": FormatNeed.HEARING_LOOP,
        "Language interpreter": FormatNeed.INTERPRETER,
        "Interpreter": FormatNeed.INTERPRETER,
        "Translation": FormatNeed.TRANSLATION,
        "Translated": FormatNeed.TRANSLATION,
        "Email only": FormatNeed.EMAIL_ONLY,
        "E-mail": FormatNeed.EMAIL_ONLY,
        "SMS": FormatNeed.TEXT_MESSAGE,
        "Text": FormatNeed.TEXT_MESSAGE,
        "Relay UK": FormatNeed.TEXT_RELAY,
        "Typetalk": FormatNeed.TEXT_RELAY,
        "Advocate": FormatNeed.ADVOCATE,
        "Carer": FormatNeed.ADVOCATE,
    },
)
# Longest first, so "Large print (18pt)" is large print and "Interpreter - Polish" an
# interpreter; short words ("lp", "text") must match whole.
_NEED_PREFIXES = sorted((k for k in NEEDS if len(k) >= 5), key=len, reverse=True)

SCORE_WORDS = {
    "verylow": 1,
    "low": 1,
    "l": 1,
    "medium": 3,
    "med": 3,
    "m": 3,
    "high": 5,
    "h": 5,
    "veryhigh": 5,
}

DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d %b %y",
)


def need_for(text: str) -> str | None:
    key = normalise(text)
    if key in NEEDS:
        return NEEDS[key]
    return next((NEEDS[p] for p in _NEED_PREFIXES if key.startswith(p)), None)


def score_for(text: str) -> int | None:
    key = normalise(text)
    if key in SCORE_WORDS:
        return SCORE_WORDS[key]
    try:
        number = float(text.strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() and 1 <= number <= 5 else None


def date_for(text: str) -> datetime.date | None:
    value = " ".join(text.split())
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def split_name(text: str) -> tuple[str, str, str]:
    """'Dr Jane Smith' -> ('Dr', 'Jane', 'Smith'); 'Smith, Jane' -> ('', 'Jane', 'Smith')."""
    if "," in text:
        last, _, first = (part.strip() for part in text.partition(","))
        return "", first, last
    words = text.split()
    title = ""
    if len(words) > 2 and normalise(words[0]) in TITLES:
        title, words = words[0], words[1:]
    if len(words) < 2:
        return title, "", " ".join(words)
    return title, " ".join(words[:-1]), words[-1]


def split_list(text: str) -> list[str]:
    """Cell lists: semicolons, bars or line breaks; commas when nothing else separates."""
    for separators in ((";", "|", "\n"), (",",)):
        if any(sep in text for sep in separators):
            for sep in separators[1:]:
                text = text.replace(sep, separators[0])
            return [part.strip() for part in text.split(separators[0]) if part.strip()]
    return [text.strip()] if text.strip() else []
