"""Shared set-up for the benchmark scripts: a separate `<name>_bench` Postgres database, migrated,
so a benchmark never touches the development or test data. Needs DATABASE_URL (Postgres)."""

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(suffix: str = "_bench") -> None:
    url = os.getenv("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to a Postgres database: the benchmarks measure Postgres.")
    base, _, name = url.rpartition("/")
    bench_url = f"{base}/{name}{suffix}"
    _create_database(base, f"{name}{suffix}")
    os.environ["DATABASE_URL"] = bench_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccgcomms.settings")
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["ALLOWED_HOSTS"] = "testserver"  # the benchmarks request pages with the test client
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _create_database(base: str, name: str) -> None:
    import psycopg2

    conn = psycopg2.connect(f"{base}/postgres")
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()


@contextmanager
def timed(label: str, results: dict):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        yield
        elapsed = time.perf_counter() - started
    results[label] = (elapsed, len(queries.captured_queries))
    print(f"  {label:<55} {elapsed * 1000:10.1f} ms  {len(queries.captured_queries):6d} queries")


def ratio(results: dict, baseline: str, measured: str) -> None:
    base, new = results[baseline][0], results[measured][0]
    print(f"  ratio: {baseline} / {measured} = {base / new:.1f}x")
