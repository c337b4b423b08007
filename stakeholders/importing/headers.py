"""Matching people's own spreadsheet headers to the register's fields.

A header matches when, compared case-insensitively and ignoring spaces and punctuation, it is
the field's own header or one of its synonyms ("E-mail address", "Forename", "Company"...).
README.md lists them (`accepted_headers_markdown` writes that table)."""

import re
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    synonyms: tuple[str, ...] = ()
    note: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("title", "Title", ("Salutation", "Honorific", "Prefix")),
    Column("first_name", "First name", ("Forename", "Forenames", "Given name", "First")),
    Column("last_name", "Last name", ("Surname", "Family name", "Last")),
    Column(
        "full_name",
        "Name",
        ("Full name", "Contact name", "Contact"),
        "split into first and last name when those columns are absent or empty",
    ),
    Column(
        "job_title", "Job title", ("Role", "Position", "Job", "Job role", "Post", "Designation")
    ),
    Column(
        "organisation",
        "Organisation",
        (
            "Organization",
            "Company",
            "Organisation name",
            "Organization name",
            "Company name",
            "Employer",
            "Org",
            "Practice",
        ),
        "created when the CCG has no organisation of that name",
    ),
    Column("email", "Email", ("E-mail", "E-mail address", "Email address", "Mail", "Work email")),
    Column(
        "phone",
        "Phone",
        ("Telephone", "Tel", "Phone number", "Telephone number", "Tel no", "Landline"),
    ),
    Column("mobile", "Mobile", ("Mobile number", "Mobile phone", "Mob", "Cell", "Cell phone")),
    Column("address", "Address", ("Postal address", "Full address")),
    Column("address_1", "Address line 1", ("Address 1", "Street")),
    Column("address_2", "Address line 2", ("Address 2",)),
    Column("address_3", "Address line 3", ("Address 3",)),
    Column("town", "Town", ("City", "Town or city")),
    Column("county", "County", ()),
    Column("postcode", "Postcode", ("Post code", "Postal code", "Zip", "Zip code")),
    Column("locality", "Locality", ("Area", "Neighbourhood"), "one of the CCG's localities"),
    Column(
        "kind",
        "Kind",
        ("Type", "Contact type", "Stakeholder type"),
        "Stakeholder, MP, Councillor or Journalist",
    ),
    Column("constituency", "Constituency", ()),
    Column("party", "Party", ("Political party",)),
    Column("authority", "Authority", ("Council", "Local authority")),
    Column("ward", "Ward", ()),
    Column("notes", "Notes", ("Note", "Comments", "Comment"), "added to any notes already held"),
    Column(
        "segments",
        "Segments",
        ("Segment", "Groups", "Audience", "Audience group", "Tags"),
        "names of the CCG's segments, separated by semicolons",
    ),
    Column(
        "format_needs",
        "Format needs",
        (
            "Accessible information",
            "Accessibility needs",
            "Communication needs",
            "AIS",
            "AIS needs",
            "Accessible format",
            "Format",
        ),
        "e.g. Large print; Easy read; BSL, separated by semicolons",
    ),
    Column("preferred_language", "Preferred language", ("Language", "First language")),
    Column("interest", "Interest", ("Interest score",), "1 to 5, or Low, Medium, High"),
    Column("influence", "Influence", ("Influence score", "Power"), "1 to 5, or Low, Medium, High"),
    Column(
        "relationship_owner",
        "Relationship owner",
        ("Owner", "Account manager"),
        "e-mail or name of a portal user in the CCG",
    ),
    Column(
        "consent_date",
        "Consent date",
        ("Date of consent", "Consent given", "Opt-in date", "Sign-up date", "Date subscribed"),
        "used when the import subscribes people to a list; day first (25/05/2018)",
    ),
)
BY_FIELD = {column.field: column for column in COLUMNS}
ADDRESS_PARTS = ("address", "address_1", "address_2", "address_3", "town", "county", "postcode")
# Columns the register's own export writes that an import does not read.
EXPORT_ONLY = {"ccg": "CCG", "quadrant": "Quadrant"}


def normalise(text: str) -> str:
    """'E-mail Address ' -> 'emailaddress'; accents dropped, so 'Prénom' -> 'prenom'."""
    decomposed = unicodedata.normalize("NFKD", str(text)).casefold()
    return re.sub(r"[^0-9a-z]", "", decomposed)


_LOOKUP: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.header, *_column.synonyms):
        _LOOKUP[normalise(_name)] = _column.field


def field_for(header: str) -> str | None:
    return _LOOKUP.get(normalise(header))


@dataclass
class HeaderMap:
    """Which column of the file feeds which field, and what was left over."""

    fields: dict[str, int] = field(default_factory=dict)  # field -> column index
    headers: dict[str, str] = field(default_factory=dict)  # field -> header as written
    unknown: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def has_names(self) -> bool:
        return {"first_name", "last_name"} <= self.fields.keys() or "full_name" in self.fields


def map_headers(cells: list[str]) -> HeaderMap:
    result = HeaderMap()
    for index, cell in enumerate(cells):
        header = str(cell or "").strip()
        if not header:
            continue  # a column with no header; its cells are ignored and reported per file
        name = field_for(header)
        if name is None:
            known = EXPORT_ONLY.get(normalise(header))
            result.unknown.append(
                f"{header} (written by exports; not imported)" if known else header
            )
        elif name in result.fields:
            first, second = clip(result.headers[name], 60), clip(header, 60)
            result.errors.append(
                f"The columns '{first}' and '{second}' both mean "
                f"'{BY_FIELD[name].header}'. Remove or rename one of them."
            )
        else:
            result.fields[name] = index
            result.headers[name] = header
    if not result.has_names and not result.errors:
        named = [clip(h, 40) for h in map(str, cells) if h.strip()]
        more = f" and {len(named) - 20} more" if len(named) > 20 else ""
        result.errors.append(
            "The file needs 'First name' and 'Last name' columns, or a 'Name' column. "
            f"Its columns are: {', '.join(named[:20]) or 'none'}{more}."
        )
    return result


def clip(text: str, length: int) -> str:
    """Text from a file, shortened for a message: a header may be thousands of characters."""
    return text if len(text) <= length else text[: length - 1] + "…"


def known_header_count(cells: list[str]) -> int:
    return sum(1 for cell in cells if str(cell or "").strip() and field_for(str(cell)))


def accepted_headers_markdown() -> str:
    """The README's table of accepted headers, generated so the two cannot drift apart."""
    lines = ["| field | header | also accepted | notes |", "| --- | --- | --- | --- |"]
    for column in COLUMNS:
        synonyms = ", ".join(f"`{s}`" for s in column.synonyms) or "—"
        lines.append(f"| {column.field} | `{column.header}` | {synonyms} | {column.note} |")
    return "\n".join(lines)
