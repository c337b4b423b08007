"""The dry run (`manage.py import_stakeholders FILE --dry-run`) of the worst files the import
limits accept, against an ordinary 100,000-contact CSV in the same run: time and peak memory
(the process's maximum resident set, Django included), each file in its own process. Then
the time to refuse the files the limits exist for.

The limits (settings, README "Import limits") allow 100,000 rows under a header, 100 columns,
5,000 characters a cell, 20 MB a file and, for .xlsx, 200 MB unpacked, of which 20 MB in the
parts loaded whole (shared text, styles: at most 512 KB) and 20 million characters of text.
No file reaches all of them at once, so each corner is measured:

  csv-grid            100,000 rows x 100 columns, every row as wide as the limit, to 20 MB
  csv-unicode-notes   100,000 rows, each with a note holding an emoji, to 20 MB: Python
                      keeps such text at 4 bytes a character
  csv-long-cells      rows of 5,000-character notes, as many as fit in 20 MB
  xlsx-grid           100,000 rows x 100 columns, terse XML, to the text limit
  xlsx-unicode-notes  100,000 rows, each with its own emoji note in the shared text, to the
                      text limit, and styles of 500 KB of empty fonts

and csv-unicode-notes again against a register that already holds its 100,000 people, so
that every row is an update.

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \
    .venv/bin/python bench/import_limits.py [--target-mb 500]
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from stakeholders_common import (
    HEADERS,
    ROOT,
    Timer,
    bench_ccg,
    peak_rss_mb,
    setup_django,
    write_csv,
)

CCG = {"ods_code": "BL1", "name": "Bench limits CCG"}
# Holds the 100,000 people of the worst files already, so that checking them again makes
# every row an update: the register's index and each row's changes held as well.
FULL_CCG = {"ods_code": "BL2", "name": "Bench limits CCG, register full"}
ORGANISATIONS = 2_000
ROWS = 100_000
COLUMNS = 100
CELL = 5_000
FILE_BYTES = 20 * 1024 * 1024
UNPACKED_BYTES = 200 * 1024 * 1024
TEXT_CHARS = 20_000_000
STYLES_BYTES = 512 * 1024
MARGIN = 64 * 1024  # stay this far inside a limit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target-mb", type=int, default=500)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--ccg", default=CCG["ods_code"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.ccg)
    setup_django()
    bench_ccg(**CCG, organisations=ORGANISATIONS)
    full_ccg, _ = bench_ccg(**FULL_CCG, organisations=ORGANISATIONS)
    folder = ROOT / "var" / "bench" / "limits"
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "baseline: 100k contacts": write_csv(
            folder / "contacts-100k.csv", rows=ROWS, organisations=ORGANISATIONS
        ),
        "csv-grid": csv_grid(folder / "grid.csv"),
        "csv-unicode-notes": csv_unicode_notes(folder / "unicode-notes.csv"),
        "csv-long-cells": csv_long_cells(folder / "long-cells.csv"),
        "xlsx-grid": xlsx_grid(folder / "grid.xlsx"),
        "xlsx-unicode-notes": xlsx_unicode_notes(folder / "unicode-notes.xlsx"),
    }
    fill_register(full_ccg, files["csv-grid"])
    updates = {"csv-unicode-notes, all updates": files["csv-unicode-notes"]}
    refused = {
        "refused: XFD1048576 cell": xlsx_far_cell(folder / "far-cell.xlsx"),
        "refused: 1,000,000 columns": csv_million_columns(folder / "million-columns.csv"),
        "refused: 100,001 rows": write_csv(
            folder / "contacts-100001.csv", rows=ROWS + 1, organisations=ORGANISATIONS
        ),
    }
    print(
        f"{'file':<28}{'size':>9}{'unpacked':>10}{'rows':>9}{'dry run':>10}{'peak':>9}"
        f"{'x time':>8}{'x peak':>8}  outcome"
    )
    from stakeholders.importing.reading import unpacked_size

    results = {}
    runs = [*((label, path, CCG) for label, path in files.items())]
    runs += [(label, path, FULL_CCG) for label, path in updates.items()]
    runs += [(label, path, CCG) for label, path in refused.items()]
    for label, path, ccg in runs:
        results[label] = result = run_child(path, ccg["ods_code"])
        result["unpacked"] = unpacked_size(path.read_bytes())
        base = results["baseline: 100k contacts"]
        times, peaks = result["seconds"] / base["seconds"], result["peak_mb"] / base["peak_mb"]
        print(
            f"{label:<28}{mb(path.stat().st_size):>9}{mb(result['unpacked']):>10}"
            f"{result['rows']:>9,}{result['seconds']:>9.1f}s{result['peak_mb']:>7.0f}MB"
            f"{times:>7.2f}x{peaks:>7.2f}x"
            f"  {result['outcome']}"
        )
    accepted = {label: results[label] for label in [*files, *updates]}
    worst = max(accepted, key=lambda label: accepted[label]["peak_mb"])
    slowest = max(accepted, key=lambda label: accepted[label]["seconds"])
    print(
        f"  worst accepted peak: {worst}, {accepted[worst]['peak_mb']:.0f} MB "
        f"(target under {args.target_mb} MB; Django alone {accepted[worst]['start_mb']:.0f} MB)"
    )
    print(f"  slowest accepted dry run: {slowest}, {accepted[slowest]['seconds']:.1f} s")
    for label in accepted:
        assert results[label]["outcome"].startswith("accepted"), (label, results[label])
    for label in refused:
        assert results[label]["outcome"].startswith("refused"), (label, results[label])
    if accepted[worst]["peak_mb"] >= args.target_mb:
        sys.exit(f"Over the {args.target_mb} MB target.")


def mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}MB"


def fill_register(ccg, path: Path) -> None:
    """Import the grid's 100,000 people into the full register, once (a few minutes)."""
    from stakeholders import services
    from stakeholders.models import Contact

    if Contact.objects.filter(ccg=ccg).count() >= ROWS:
        return
    print(f"Importing {ROWS:,} contacts into {ccg} (once)...", flush=True)
    job = services.import_job_start(
        ccg=ccg, user=None, filename=path.name, content=path.read_bytes(), inline=True
    )
    assert job.can_confirm, job.report.get("file_errors") or job.report.get("errors")
    job = services.import_job_confirm(job=job, user=None, inline=True)
    assert job.status == "imported", job.report.get("file_errors")


def run_child(path: Path, ccg: str) -> dict:
    command = [sys.executable, __file__, "--child", str(path), "--ccg", ccg]
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ, check=False)
    if done.returncode:
        sys.exit(f"{path.name} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(path: Path, ccg: str) -> None:
    """One dry run through the management command, as an operator would run it."""
    setup_django(migrate=False)
    from io import StringIO

    from django.core.management import CommandError, call_command

    from stakeholders.models import ImportJob

    start_mb = peak_rss_mb()
    out = StringIO()
    with Timer() as timer:
        try:
            call_command("import_stakeholders", str(path), "--ccg", ccg, "--dry-run", stdout=out)
            outcome = "accepted: checked, nothing written"
        except CommandError as error:
            outcome = str(error)
    job = ImportJob.objects.filter(ccg__ods_code=ccg).order_by("-pk").first()
    report = job.report if job else {}
    if report.get("file_errors"):
        outcome = "refused: " + report["file_errors"][0][:70]
    elif "has errors" in outcome:
        counts = report.get("counts", {})
        outcome = f"accepted: checked, {counts.get('error', 0):,} rows with errors listed"
    elif report.get("counts", {}).get("update"):
        outcome += f"; {report['counts']['update']:,} updates"
    print(
        json.dumps(
            {
                "seconds": timer.seconds,
                "peak_mb": peak_rss_mb(),
                "start_mb": start_mb,
                "rows": report.get("counts", {}).get("rows", 0),
                "report_kb": len(json.dumps(report)) / 1024,
                "outcome": outcome,
            }
        )
    )


# The files.


def contact(i: int) -> list[str]:
    """A valid contact in the register's first columns (first name, last name, e-mail,
    organisation), so each row is planned in full, not stopped at an error."""
    return [f"Amira{i}", f"Baker{i}", f"p{i}@example.org", f"Organisation {i % ORGANISATIONS:05d}"]


def grid_header() -> list[str]:
    return [*HEADERS[:4], *(f"Extra {n}" for n in range(5, COLUMNS + 1))]


def csv_grid(path: Path) -> Path:
    """Every row 100 columns wide; the cells past the contact share out what the file's
    20 MB leave, one character each, and the last is never empty."""
    header = grid_header()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        budget = (FILE_BYTES - MARGIN - handle.tell()) // ROWS
        for i in range(ROWS):
            cells = contact(i)
            line = len(",".join(cells)) + 1 + (COLUMNS - len(cells))  # with separators
            filled = max(1, min(COLUMNS - len(cells), budget - line))
            rest = [""] * (COLUMNS - len(cells) - filled) + ["x"] * filled
            writer.writerow([*cells, *rest])
    return _checked(path)


def csv_unicode_notes(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([*HEADERS[:4], "Notes"])
        budget = (FILE_BYTES - MARGIN - handle.tell()) // ROWS
        for i in range(ROWS):
            cells = contact(i)
            room = budget - len(",".join(cells)) - 2 - 4  # separators, the emoji's 4 bytes
            writer.writerow([*cells, emoji_note(i, min(room, CELL))])
    return _checked(path)


def emoji_note(i: int, length: int) -> str:
    return f"{i:06d} \N{GRINNING FACE} {NOTE * (length // len(NOTE) + 1)}"[:length]


NOTE = "Asked about the urgent care review at the Bootle Big Chat. "


def csv_long_cells(path: Path) -> Path:
    """A note of the most characters a cell may hold on every row, as many rows as fit."""
    note = "Met at the AGM; asked about the urgent care review. " * 100
    note = note[:CELL]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([*HEADERS[:4], "Notes"])
        i = 0
        while handle.tell() + CELL + 100 < FILE_BYTES - MARGIN:
            writer.writerow([*contact(i), f"{i:06d} {note}"[:CELL]])
            i += 1
    return _checked(path)


def xlsx_grid(path: Path) -> Path:
    """100 cells a row, written as tersely as the format allows (no cell references, one
    digit past the contact), so 100,000 rows fit the unpacked and text limits."""

    def rows():
        yield grid_header()
        for i in range(ROWS):
            yield [*contact(i), *[1] * (COLUMNS - 4)]

    return _checked(_write_xlsx(path, rows), unpacked=True)


def xlsx_unicode_notes(path: Path) -> Path:
    """The most memory an .xlsx can take: every row's note its own shared string holding an
    emoji (openpyxl keeps every shared string, and Python an emoji's string at 4 bytes a
    character), the contacts as inline strings (each a string of its own), to the text
    limit, and the most styles allowed, all empty fonts."""
    text = TEXT_CHARS - 64 * 1024
    per_row = text // ROWS - len("".join(contact(ROWS)))

    def rows():
        yield [*map(Inline, HEADERS[:4]), "Notes"]
        for i in range(ROWS):
            yield [*map(Inline, contact(i)), emoji_note(i, per_row)]

    fonts = "<font/>" * ((STYLES_BYTES - 1024) // len("<font/>"))
    styles = f'<styleSheet xmlns="{MAIN}"><fonts>{fonts}</fonts></styleSheet>'
    return _checked(_write_xlsx(path, rows, styles=styles), unpacked=True)


class Inline(str):
    """A cell written as an inline string, as openpyxl writes text, not a shared one."""


def xlsx_far_cell(path: Path) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADERS[:3])
    sheet.append(contact(1)[:3])
    sheet["XFD1048576"] = "x"
    workbook.save(path)
    return path


def csv_million_columns(path: Path) -> Path:
    path.write_text(",".join(f"col{i}" for i in range(1_000_000)) + "\nAnn,Lee\n")
    return path


PACKAGE = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        '<Relationship Id="rId2" Target="sharedStrings.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'
    ),
}
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _write_xlsx(path: Path, rows, *, styles: str = "") -> Path:
    """A minimal workbook laid out as Excel does (text in a shared-strings part), streamed:
    `rows()` is called twice, once for the sheet and once for its strings, in order."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PACKAGE.items():
            archive.writestr(name, text)
        if styles:
            archive.writestr("xl/styles.xml", styles)
        count = 0
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'<worksheet xmlns="{MAIN}"><sheetData>'.encode())
            for cells in rows():
                xml = []
                for value in cells:
                    if isinstance(value, Inline):
                        xml.append(f'<c t="inlineStr"><is><t>{escape(value)}</t></is></c>')
                    elif isinstance(value, str):
                        xml.append(f'<c t="s"><v>{count}</v></c>')
                        count += 1
                    else:
                        xml.append(f"<c><v>{value}</v></c>")
                part.write(f"<row>{''.join(xml)}</row>".encode())
            part.write(b"</sheetData></worksheet>")
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(f'<sst xmlns="{MAIN}" count="{count}">'.encode())
            for cells in rows():
                texts = (
                    f"<si><t>{escape(v)}</t></si>"
                    for v in cells
                    if isinstance(v, str) and not isinstance(v, Inline)
                )
                part.write("".join(texts).encode())
            part.write(b"</sst>")
    return path


def _checked(path: Path, *, unpacked: bool = False) -> Path:
    """The generated file is within the limits, or the benchmark measures the wrong thing."""
    size = path.stat().st_size
    assert size <= FILE_BYTES, (path, size)
    if unpacked:
        with zipfile.ZipFile(path) as archive:
            total = sum(part.file_size for part in archive.infolist())
        assert total <= UNPACKED_BYTES, (path, total)
    return path


if __name__ == "__main__":
    main()
