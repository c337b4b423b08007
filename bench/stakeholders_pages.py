"""The contact list page and its search at 100,000 contacts, against the same pages at 1,000
contacts in the same run: time per request (best of 3, after a warm-up) and queries.

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \
    .venv/bin/python bench/stakeholders_pages.py

The contacts are loaded once, through the register's own bulk import (so they come with
their audit history), into a separate `<name>_stk_bench` database; later runs reuse them.
"""

import time

from stakeholders_common import ROOT, bench_ccg, setup_django, write_csv

SIZES = {"1k": ("BP1", 1_000, 100), "100k": ("BP2", 100_000, 2_000)}
PAGES = [
    ("first page", "/stakeholders/contacts/", {}),
    ("page 1,000 of 2,000", "/stakeholders/contacts/", {"page": "1000"}),
    ("search: a surname", "/stakeholders/contacts/", {"q": "Baker741"}),
    ("search: an e-mail", "/stakeholders/contacts/", {"q": "person742@example"}),
    ("search: an organisation", "/stakeholders/contacts/", {"q": "Organisation 00042"}),
    ("search: two words", "/stakeholders/contacts/", {"q": "amira organisation 0004"}),
    ("search: two letters", "/stakeholders/contacts/", {"q": "mo"}),
    ("filter: quadrant", "/stakeholders/contacts/", {"quadrant": "manage_closely"}),
    (
        "filter: kind and locality",
        "/stakeholders/contacts/",
        {"kind": "councillor", "locality": "L"},
    ),
    ("mapping overview", "/stakeholders/mapping/", {}),
    ("organisations", "/stakeholders/organisations/", {}),
]
REPEATS = 3


def main() -> None:
    setup_django(debug=True)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    users = {size: load(size, *spec) for size, spec in SIZES.items()}
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    results = {}
    print(f"{'page':<28}{'1k contacts':>22}{'100k contacts':>24}{'100k / 1k':>11}")
    for label, url, params in PAGES:
        row = []
        for size, (user, locality_id) in users.items():
            client = Client()
            client.force_login(user)
            query = {k: (locality_id if v == "L" else v) for k, v in params.items()}
            assert client.get(url, query).status_code == 200  # warm-up
            timings = []
            for _ in range(REPEATS):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url, query)
                    timings.append(time.perf_counter() - started)
                assert response.status_code == 200
            results[label, size] = (min(timings), len(queries.captured_queries))
            row.append(f"{min(timings) * 1000:9.1f} ms {len(queries):3d} queries")
        small, big = results[label, "1k"][0], results[label, "100k"][0]
        print(f"{label:<28}{row[0]:>22}{row[1]:>24}{big / small:>10.1f}x")
    export_time(users["100k"][0])


def export_time(user) -> None:
    from django.test import Client

    client = Client()
    client.force_login(user)
    started = time.perf_counter()
    response = client.get("/stakeholders/contacts/export.csv")
    size = sum(len(chunk) for chunk in response.streaming_content)
    elapsed = time.perf_counter() - started
    print(f"CSV export of 100,000 contacts: {elapsed:.1f} s, {size / 1e6:.1f} MB")


def load(size: str, ods_code: str, rows: int, organisations: int):
    from accounts.models import Locality
    from stakeholders import services
    from stakeholders.models import Contact

    ccg, user = bench_ccg(
        ods_code=ods_code, name=f"Bench pages {size} CCG", organisations=organisations
    )
    if Contact.objects.filter(ccg=ccg).count() < rows:
        folder = ROOT / "var" / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        path = write_csv(
            folder / f"stakeholders-pages-{rows}.csv", rows=rows, organisations=organisations
        )
        print(f"Loading {rows:,} contacts into {ccg} through the bulk import...")
        job = services.import_job_start(
            ccg=ccg, user=user, filename=path.name, content=path.read_bytes(), inline=True
        )
        job = services.import_job_confirm(job=job, user=user, inline=True)
        assert job.status == "imported", job.report.get("file_errors")
    return user, str(Locality.objects.filter(ccg=ccg).order_by("name").first().pk)


if __name__ == "__main__":
    main()
