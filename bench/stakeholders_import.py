"""Import of a generated 100,000-row CSV: the register's bulk import against
django-import-export's default row-by-row `Resource.import_data` (ContactResource) and its
tuned bulk mode (BulkContactResource: use_bulk, batch_size 1000, skip_diff,
force_init_instance, cached foreign-key look-ups) of the same file, in the same run. Each
runs in its own process, into an empty register of the same CCG, so the peak memory reported
is its own (the process's maximum resident set, Django included).

Row by row takes about 9 ms a row here, so importing all 100,000 rows that way takes a quarter
of an hour. By default the baseline imports the file's first 10,000 rows and its time for the
whole file is extrapolated from that rate, which flatters the baseline: inside its one
transaction Postgres's statistics still say the CCG has no contacts, so each row's look-up by
e-mail walks the CCG's rows inserted so far and the per-row cost keeps growing. With
--full-baseline it imports all of them (here it had not finished after 30 minutes).

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \
    .venv/bin/python bench/stakeholders_import.py [--rows 100000] [--organisations 2000] \
    [--baseline-rows 10000 | --full-baseline]
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from stakeholders_common import ROOT, Timer, bench_ccg, peak_rss_mb, setup_django, write_csv

CCG = {"ods_code": "BI1", "name": "Bench import CCG"}
VARIANTS = ("bulk", "import-export", "import-export-tuned")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--baseline-rows", type=int, default=10_000)
    parser.add_argument("--full-baseline", action="store_true")
    parser.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.file, args.limit)
    setup_django()
    ccg, _ = bench_ccg(**CCG, organisations=args.organisations)
    folder = ROOT / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    path = write_csv(
        folder / f"stakeholders-{args.rows}.csv", rows=args.rows, organisations=args.organisations
    )
    size = path.stat().st_size / 1024 / 1024
    print(f"Import of {path.name}: {args.rows:,} rows, {size:.1f} MB, into an empty register")
    limit = 0 if args.full_baseline or args.baseline_rows >= args.rows else args.baseline_rows
    results = {}
    for variant in VARIANTS:
        register_empty(ccg)
        results[variant] = run_child(variant, path, limit if variant == "import-export" else 0)
        report(variant, results[variant])
    register_empty(ccg)
    bulk, baseline, tuned = (
        results["bulk"],
        results["import-export"],
        results["import-export-tuned"],
    )
    assert bulk["contacts"] == args.rows and baseline["contacts"] == (limit or args.rows), results
    assert tuned["contacts"] == args.rows, results
    whole = baseline["import_s"] * args.rows / baseline["contacts"]
    how = f"extrapolated from its first {limit:,} rows" if limit else "measured"
    print(f"  import-export for all {args.rows:,} rows: {whole:.1f} s ({how})")
    print(
        f"  ratio: import-export {whole:.1f} s / bulk {bulk['import_s']:.1f} s = "
        f"{whole / bulk['import_s']:.1f}x faster; with the dry run first: "
        f"{whole / (bulk['import_s'] + bulk['check_s']):.1f}x"
    )
    print(
        f"  ratio: import-export tuned {tuned['import_s']:.1f} s / bulk {bulk['import_s']:.1f} s "
        f"= {tuned['import_s'] / bulk['import_s']:.1f}x; with the dry run first: "
        f"{tuned['import_s'] / (bulk['import_s'] + bulk['check_s']):.1f}x"
    )
    print(
        f"  peak memory: bulk {bulk['peak_mb']:.0f} MB, "
        f"import-export {baseline['peak_mb']:.0f} MB, tuned {tuned['peak_mb']:.0f} MB "
        "(target under 500 MB)"
    )


def run_child(variant: str, path: Path, limit: int) -> dict:
    command = [sys.executable, __file__, "--child", variant, "--file", str(path)]
    command += ["--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ, check=False)
    if done.returncode:
        sys.exit(f"{variant} failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(variant: str, result: dict) -> None:
    check = f", dry run {result['check_s']:8.1f} s" if "check_s" in result else ""
    print(
        f"  {variant:<19} import {result['import_s']:8.1f} s{check}, "
        f"peak {result['peak_mb']:6.0f} MB, {result['contacts']:,} contacts imported"
    )


def child(variant: str, path: Path, limit: int) -> None:
    setup_django(migrate=False)
    from accounts.models import Ccg
    from stakeholders.models import Contact

    ccg = Ccg.objects.get(ods_code=CCG["ods_code"])
    content = path.read_bytes()
    if limit:  # the header and the first `limit` rows (the generated file has no multi-line cells)
        content = b"\n".join(content.split(b"\n", limit + 1)[: limit + 1]) + b"\n"
    if variant == "bulk":
        result = bulk(ccg, path.name, content)
    else:
        result = import_export(ccg, content, tuned=variant == "import-export-tuned")
    result.update(peak_mb=peak_rss_mb(), contacts=Contact.objects.filter(ccg=ccg).count())
    print(json.dumps(result))


def bulk(ccg, filename: str, content: bytes) -> dict:
    from stakeholders import services

    job = services.import_job_create(ccg=ccg, user=None, filename=filename, content=content)
    with Timer() as check:
        job = services.import_job_check(job_id=job.pk)
    assert job.can_confirm, job.report.get("file_errors") or job.report["errors"][:5]
    with Timer() as imported:
        job = services.import_job_confirm(job=job, user=None, inline=True)
    assert job.status == "imported", job.report.get("file_errors")
    return {"check_s": check.seconds, "import_s": imported.seconds}


def import_export(ccg, content: bytes, *, tuned: bool) -> dict:
    import tablib

    from stakeholders.importing.resource import BulkContactResource, ContactResource

    dataset = tablib.Dataset().load(content.decode("utf-8"), format="csv")
    resource = (BulkContactResource if tuned else ContactResource)(ccg=ccg)
    with Timer() as imported:
        result = resource.import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    return {"import_s": imported.seconds}


def register_empty(ccg) -> None:
    """Delete the bench CCG's contacts and everything hanging off them, in SQL: fast, and
    without loading 100,000 objects."""
    from django.db import connection, transaction

    contacts = "SELECT id FROM stakeholders_contact WHERE ccg_id = %s"
    with transaction.atomic(), connection.cursor() as cursor:
        for table, where in [
            ("stakeholders_historicalcontact_segments", f"contact_id IN ({contacts})"),
            ("stakeholders_contact_segments", f"contact_id IN ({contacts})"),
            ("stakeholders_historicalsubscription", "ccg_id = %s"),
            ("stakeholders_subscription", "ccg_id = %s"),
            ("stakeholders_historicalcontact", "ccg_id = %s"),
            ("stakeholders_contact", "ccg_id = %s"),
            ("stakeholders_historicalimportjob", "ccg_id = %s"),
            ("stakeholders_importjob", "ccg_id = %s"),
        ]:
            cursor.execute(f"DELETE FROM {table} WHERE {where}", [ccg.pk])


if __name__ == "__main__":
    main()
