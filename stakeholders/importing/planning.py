"""Deciding, row by row, what an import will do: create, update, skip, or refuse with reasons.

Nothing here writes. The same plan is shown as the dry run and made again, inside the
import's transaction, when the user confirms (the register may have changed in between)."""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from openpyxl.utils import get_column_letter

from accounts.models import Ccg
from stakeholders.matching import (
    email_key,
    fuller_spelling,
    same_value,
    suppression_keys,
    text_key,
)
from stakeholders.models import DistributionList, LawfulBasis

from .cleaning import Lookups, clean_row
from .fields import PLAIN_FIELDS
from .headers import BY_FIELD, HeaderMap, known_header_count, map_headers
from .limits import NO_DEADLINE, Deadline, ImportLimits
from .reading import FileError, read_table
from .register_index import RegisterIndex

CREATE, UPDATE, SKIP, ERROR = "create", "update", "skip", "error"
NO_CHANGES: Mapping = MappingProxyType({})
HEADER_SEARCH_ROWS = 10
PROGRESS_EVERY = 1000

# Fields copied as they are, when the cell is not empty and differs from the register.


@dataclass(slots=True)
class RowPlan:
    number: int
    action: str
    values: dict
    errors: list[tuple[str, str]] = field(default_factory=list)
    reason: str = ""
    contact_id: int | None = None
    # Replaced, never mutated: the 100,000 rows of a large import share one empty mapping.
    changes: Mapping = field(default_factory=lambda: NO_CHANGES)
    add_segments: tuple = ()
    subscribe: bool = False
    consent_date: datetime.date | None = None

    @property
    def org_key(self) -> str:
        return text_key(self.values.get("organisation"))

    @property
    def label(self) -> str:
        name = " ".join(filter(None, (self.values.get("first_name"), self.values.get("last_name"))))
        email = self.values.get("email")
        return f"{name} <{email}>" if email else name


@dataclass
class ListOptions:
    """Subscribe everyone imported to a list, with this evidence."""

    distribution_list: DistributionList | None = None
    lawful_basis: str = ""
    source: str = ""
    default_consent_date: datetime.date | None = None


@dataclass
class Plan:
    kind: str = ""
    rows: list[RowPlan] = field(default_factory=list)
    header_map: HeaderMap | None = None
    header_row: int = 0
    file_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    new_organisations: dict[str, str] = field(default_factory=dict)  # key -> name
    organisations: dict[str, int] = field(default_factory=dict)  # the register's: key -> id

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def ok(self) -> bool:
        return not self.file_errors and not any(row.action == ERROR for row in self.rows)


Progress = Callable[[int, int], None]


def plan_import(
    *,
    content: bytes,
    filename: str,
    ccg: Ccg,
    options: ListOptions | None = None,
    progress: Progress | None = None,
    limits: ImportLimits | None = None,
    deadline: Deadline = NO_DEADLINE,
) -> Plan:
    """Raises `OverTime` when the deadline passes (checked once a row)."""
    options = options or ListOptions()
    plan = Plan()
    try:
        table = read_table(content, filename, limits=limits)
        plan.kind, plan.notes = table.kind, list(table.notes)
        rows = _within(table.rows, deadline)
        _plan_rows(plan, table, rows, ccg, options, progress or (lambda done, total: None))
    except FileError as error:
        plan.file_errors.append(str(error))
        plan.rows = []
    return plan


def _within(rows, deadline: Deadline):
    for row in rows:
        deadline.check()
        yield row


def _plan_rows(plan: Plan, table, rows, ccg: Ccg, options: ListOptions, progress: Progress) -> None:
    header = _find_header(rows)
    plan.header_row, cells = header
    plan.header_map = header_map = map_headers(cells)
    if header_map.errors:
        plan.file_errors.extend(header_map.errors)
        return
    lookups = Lookups.load(ccg)
    index = RegisterIndex.load(ccg, options.distribution_list)
    plan.organisations = index.organisations
    matcher = _Matcher(plan, index)
    unheaded = {i for i, cell in enumerate(cells) if not str(cell).strip()}
    stray_columns: set[int] = set()
    total = table.approximate_rows
    for number, row_cells in rows:
        if not any(cell.strip() for cell in row_cells):
            continue
        stray_columns.update(i for i in _data_indexes(row_cells, len(cells), unheaded))
        if not any(_has(row_cells, i) for i in header_map.fields.values()):
            plan.rows.append(
                RowPlan(number, SKIP, {}, reason="no data in the columns the register reads")
            )
            continue
        cleaned = clean_row(number, row_cells, header_map, lookups)
        matcher.add(
            RowPlan(number, ERROR if cleaned.errors else CREATE, cleaned.values, cleaned.errors)
        )
        if len(plan.rows) % PROGRESS_EVERY == 0:
            progress(len(plan.rows), total)
    if not plan.rows:
        plan.file_errors.append("The file has column names but no rows of contacts under them.")
        return
    if stray_columns:
        letters = ", ".join(get_column_letter(i + 1) for i in sorted(stray_columns))
        plan.notes.append(f"Column(s) {letters} hold data but have no header; they were ignored.")
    _diff_matched(plan, index)
    _plan_subscriptions(plan, index, options)
    _settle(plan, index)
    progress(len(plan.rows), len(plan.rows))


def _find_header(rows) -> tuple[int, list[str]]:
    """The first row that names at least two known columns (a title row may sit above it)."""
    seen = []
    for number, cells in rows:
        if not any(str(cell).strip() for cell in cells):
            continue
        seen.append((number, cells))
        if known_header_count(cells) >= 2 or (known_header_count(cells) == 1 and len(seen) == 1):
            return number, cells
        if len(seen) >= HEADER_SEARCH_ROWS:
            break
    if not seen:
        raise FileError("The file has no rows.")
    raise FileError(
        f"No header row found in the first {len(seen)} rows: the file needs column names such "
        "as 'First name', 'Last name', 'Email' and 'Organisation' in its first row."
    )


def _has(cells: list[str], index: int) -> bool:
    return index < len(cells) and bool(cells[index].strip())


def _data_indexes(cells: list[str], header_len: int, unheaded: set[int]):
    return (
        i for i, cell in enumerate(cells) if (i >= header_len or i in unheaded) and cell.strip()
    )


class _Matcher:
    """Finds each row's person in the file so far and in the register."""

    def __init__(self, plan: Plan, index: RegisterIndex):
        self.plan, self.index = plan, index
        self.by_email: dict[str, RowPlan] = {}
        self.by_name: dict[tuple, RowPlan] = {}

    def add(self, row: RowPlan) -> None:
        self.plan.rows.append(row)
        if row.action == ERROR:
            return
        email = email_key(row.values.get("email"))
        name = (text_key(row.values["first_name"]), text_key(row.values["last_name"]), row.org_key)
        erased_on = self.index.erased_on(self._keys(row))
        if erased_on:
            row.action = SKIP
            row.reason = (
                f"this person asked to be erased on {erased_on:%d %b %Y}; not imported again"
            )
            return
        earlier = self.by_email.get(email) if email else None
        same = "e-mail"
        if earlier is None:
            candidate = self.by_name.get(name)
            if candidate and not (
                email and email_key(candidate.values.get("email")) not in ("", email)
            ):
                earlier, same = candidate, "name and organisation"
        if earlier is not None:
            _merge_duplicate(earlier, row, same)
            return
        if email:
            self.by_email[email] = row
        self.by_name.setdefault(name, row)
        self._match_register(row, email, name)

    def _keys(self, row: RowPlan) -> list[str]:
        return suppression_keys(
            email=row.values.get("email", ""),
            first_name=row.values["first_name"],
            last_name=row.values["last_name"],
            organisation_name=row.values.get("organisation"),
        )

    def _match_register(self, row: RowPlan, email: str, name: tuple) -> None:
        if email and email in self.index.by_email:
            row.contact_id, row.action = self.index.by_email[email], UPDATE
            return
        candidates = [pk for pk, held in self.index.by_name.get(name, ()) if not (email and held)]
        if len(candidates) == 1:
            row.contact_id = candidates[0]
        elif candidates:
            row.action = ERROR
            row.errors.append(
                (
                    "Name",
                    f"matches {len(candidates)} contacts in the register with the same name and "
                    "organisation; add their e-mail so the import can tell which one.",
                )
            )
        if row.contact_id:
            row.action = UPDATE


def _merge_duplicate(earlier: RowPlan, row: RowPlan, same: str) -> None:
    """A later row for the same person adds what the earlier one lacks, and two spellings of
    one value (case, accents, spacing) become the fuller one; a disagreement is an error,
    because choosing either value would lose the other."""
    conflicts = []
    for name, value in row.values.items():
        held = earlier.values.get(name)
        if held is None or held == "":
            earlier.values[name] = value
        elif name in ("segment_ids", "format_needs"):
            earlier.values[name] = tuple(dict.fromkeys((*held, *value)))
        elif name == "notes":
            if value not in held:
                earlier.values[name] = f"{held}\n\n{value}"
        elif name == "email" and email_key(held) == email_key(value):
            continue
        elif same_value(held, value):  # case, accents or spacing only: keep the fuller one
            earlier.values[name] = fuller_spelling(held, value)
        elif text_key(str(held)) != text_key(str(value)):
            conflicts.append((name, held, value))
    if conflicts:
        row.action = ERROR
        for name, held, value in conflicts:
            header = (
                BY_FIELD[name.removesuffix("_id")].header
                if name.removesuffix("_id") in BY_FIELD
                else name
            )
            row.errors.append(
                (
                    header,
                    f"this row is the same person as row {earlier.number} (same {same}) but "
                    f"says '{value}' where row {earlier.number} says '{held}'. Make them agree "
                    "or remove one.",
                )
            )
    else:
        row.action = SKIP
        row.reason = f"same person as row {earlier.number} (same {same}); merged into it"


def _diff_matched(plan: Plan, index: RegisterIndex) -> None:
    matched = [row for row in plan.rows if row.action == UPDATE]
    for batch_start in range(0, len(matched), 2000):
        batch = matched[batch_start : batch_start + 2000]
        current = index.current_values([row.contact_id for row in batch])
        for row in batch:
            _diff(row, current[row.contact_id], index)


def _diff(row: RowPlan, held: dict, index: RegisterIndex) -> None:
    values, changes = row.values, {}
    for name in PLAIN_FIELDS:
        if name in values and values[name] != held[name]:
            value = values[name]
            if same_value(held[name], value):  # another spelling: only ever a fuller one
                value = fuller_spelling(held[name], value)
                if value == held[name]:
                    continue
            changes[name] = value
    if values.get("email") and email_key(values["email"]) != email_key(held["email"]):
        changes["email"] = values["email"]
    if values.get("organisation"):
        target = index.organisations.get(row.org_key)
        if target != held["organisation_id"]:
            changes["organisation_id"] = target  # None: a new organisation, made on import
    if values.get("notes") and values["notes"] not in held["notes"]:
        changes["notes"] = (
            f"{held['notes']}\n\n{values['notes']}" if held["notes"] else values["notes"]
        )
    needs = [n for n in values.get("format_needs", ()) if n not in held["format_needs"]]
    if needs:
        changes["format_needs"] = [*held["format_needs"], *needs]
    row.add_segments = tuple(
        s for s in values.get("segment_ids", ()) if s not in held["segment_ids"]
    )
    row.changes = changes


def _plan_subscriptions(plan: Plan, index: RegisterIndex, options: ListOptions) -> None:
    """Who joins the list. Runs before unchanged rows are settled as skips, because an
    unchanged person may still be new to the list."""
    listed = options.distribution_list
    for row in plan.rows:
        if listed is None or row.action not in (CREATE, UPDATE):
            continue
        if row.contact_id in index.subscribers:
            continue
        withdrew = index.withdrew_on(
            suppression_keys(
                email=row.values.get("email", ""),
                first_name=row.values["first_name"],
                last_name=row.values["last_name"],
                organisation_name=row.values.get("organisation"),
            )
        )
        if withdrew:
            row.reason = f"not added to {listed}: they withdrew on {withdrew:%d %b %Y}"
            continue
        row.consent_date = row.values.get("consent_date") or options.default_consent_date
        if options.lawful_basis == LawfulBasis.CONSENT and row.consent_date is None:
            row.action = ERROR
            row.errors.append(
                ("Consent date", f"is needed: the import records consent to {listed}.")
            )
            continue
        row.subscribe = True


def _settle(plan: Plan, index: RegisterIndex) -> None:
    """Updates with nothing to do become skips; organisations still in use are listed."""
    for row in plan.rows:
        if row.action == UPDATE and not (row.changes or row.add_segments or row.subscribe):
            row.action, row.reason = SKIP, row.reason or "already up to date"
        key = row.org_key if row.action in (CREATE, UPDATE) else ""
        if key and key not in index.organisations:
            plan.new_organisations.setdefault(key, row.values["organisation"])
