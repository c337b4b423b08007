"""Set-up shared by the stakeholder benchmarks: a separate `<name>_stk_bench` Postgres database
(migrated, so a benchmark never touches development or test data), a bench CCG with a user,
and a generator of realistic contact spreadsheets. Needs DATABASE_URL (Postgres)."""

import csv
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SUFFIX = "_stk_bench"
LOCALITIES = ["Bootle", "Crosby", "Maghull", "Seaforth and Litherland"]
FIRST = "Amira Ben Chloe Dev Ellie Femi Grace Harry Isla Jack Kiran Leah Mo Nia Owen".split()  # noqa: SIM905
LAST = "Ahmed Baker Clarke Davies Evans Fraser Green Hughes Iqbal Jones Khan Lewis".split()  # noqa: SIM905
HEADERS = [
    "First name",
    "Last name",
    "Email",
    "Organisation",
    "Job title",
    "Phone",
    "Kind",
    "Locality",
    "Interest",
    "Influence",
    "Notes",
]


def setup_django(*, migrate: bool = True, debug: bool = False) -> None:
    url = os.getenv("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to a Postgres database: the benchmarks measure Postgres.")
    if not url.endswith(SUFFIX):
        base, _, name = url.rpartition("/")
        _create_database(base, name + SUFFIX)
        os.environ["DATABASE_URL"] = f"{base}/{name}{SUFFIX}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccgcomms.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    # As in production for the import: DEBUG on would keep queries in memory and distort the
    # peak. The page benchmark needs it on to serve static URLs without collectstatic.
    os.environ["DEBUG"] = str(debug)
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
    os.environ["SECURE_SSL_REDIRECT"] = "False"
    os.environ["SESSION_COOKIE_SECURE"] = "False"
    os.environ["CSRF_COOKIE_SECURE"] = "False"
    import django

    django.setup()
    if migrate:
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


def bench_ccg(*, ods_code: str, name: str, organisations: int):
    """A CCG with localities, `organisations` organisations and a comms officer."""
    from accounts.models import Ccg, Locality, User
    from accounts.services import membership_grant, user_create
    from stakeholders.models import Organisation

    ccg, _ = Ccg.objects.get_or_create(ods_code=ods_code, defaults={"name": name})
    for locality in LOCALITIES:
        Locality.objects.get_or_create(ccg=ccg, name=locality)
    have = set(Organisation.objects.filter(ccg=ccg).values_list("name", flat=True))
    Organisation.objects.bulk_create(
        [
            Organisation(ccg=ccg, name=org_name(i))
            for i in range(organisations)
            if org_name(i) not in have
        ]
    )
    email = f"bench-{ods_code.lower()}@example.nhs.uk"
    user = User.objects.filter(email=email).first() or user_create(
        email=email, full_name="Bench Officer"
    )
    membership_grant(user=user, ccg=ccg, role="Comms team")
    return ccg, user


def org_name(i: int) -> str:
    return f"Organisation {i:05d}"


def contact_row(i: int, rng: random.Random, organisations: int) -> list:
    return [
        FIRST[i % len(FIRST)],
        f"{LAST[i % len(LAST)]}{i}",
        f"person{i}@example.org",
        org_name(rng.randrange(organisations)),
        rng.choice(["Practice manager", "Chair", "Engagement lead", "Councillor", ""]),
        f"0151 {rng.randrange(1000000):06d}",
        rng.choice(["Stakeholder", "Stakeholder", "Stakeholder", "Councillor", "Journalist"]),
        rng.choice(LOCALITIES),
        rng.randint(1, 5),
        rng.randint(1, 5),
        rng.choice(["", "", "Met at the 2018 AGM.", "Prefers phone calls."]),
    ]


def write_csv(path: Path, *, rows: int, organisations: int, seed: int = 4) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(rows):
            writer.writerow(contact_row(i, rng, organisations))
    return path


def peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux from VmHWM, the high-water mark of the
    process's own memory: ru_maxrss also keeps the parent's size at the time it started this
    process (it survives fork and exec), so a child started by a big parent looked as big."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024  # "VmHWM:  123456 kB"


class Timer:
    def __enter__(self):
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.started
