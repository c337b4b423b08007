"""Data for the load benchmark (bench/load.py): a busy year for six CCGs in the database named by
DATABASE_URL (used as is: load.py owns that database), made with the other benchmarks'
generators. Skipped when it is already there. Every role gets USERS_PER_ROLE accounts per CCG
with one known password, so each locust user signs in once, correctly (axes never locks).

    DATABASE_URL=postgres://... .venv/bin/python bench/load_data.py [--scale 1]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CCGS = [f"LD{n}" for n in range(1, 7)]
ROLES = {"staff": "Staff", "comms": "Comms team", "board": "Governing body"}
USERS_PER_ROLE = 4
PASSWORD = "load-bench-password-1"
# Totals at --scale 1, spread evenly over the six CCGs.
ENQUIRIES, CONTACTS, FEEDBACK, ORGANISATIONS = 20_000, 20_000, 2_000, 300


def user_email(role: str, ccg: str, n: int) -> str:
    return f"load-{role}-{ccg.lower()}-{n}@example.nhs.uk"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    scale = parser.parse_args().scale
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccgcomms.settings")
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ.setdefault("SECRET_KEY", "load-bench-only-not-secret")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    per_ccg = {
        "enquiries": int(ENQUIRIES * scale) // len(CCGS),
        "contacts": int(CONTACTS * scale) // len(CCGS),
        "feedback": int(FEEDBACK * scale) // len(CCGS),
    }
    for code in CCGS:
        ccg_generate(code=code, **per_ccg)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def ccg_generate(*, code: str, enquiries: int, contacts: int, feedback: int) -> None:
    from engagement_public import published_generate
    from media_desk_data import bench_ccg, enquiries_generate
    from stakeholders_common import bench_ccg as register_ccg
    from stakeholders_common import write_csv

    from accounts.models import User
    from accounts.services import membership_grant
    from media_desk.models import Enquiry
    from stakeholders import services
    from stakeholders.models import Contact

    ccg, officer = bench_ccg(ods_code=code, name=f"Load bench {code} CCG")
    register_ccg(ods_code=code, name=ccg.name, organisations=ORGANISATIONS)
    for role, group in ROLES.items():
        for n in range(USERS_PER_ROLE):
            email = user_email(role, code, n)
            user = User.objects.filter(email=email).first() or User.objects.create_user(
                email=email, full_name=f"Load {role} {code} {n}", password=PASSWORD
            )
            membership_grant(user=user, ccg=ccg, role=group)
    if Enquiry.objects.filter(ccg=ccg).count() < enquiries:
        print(f"{code}: {enquiries:,} media desk items")
        enquiries_generate(ccg=ccg, user=officer, count=enquiries)
    if Contact.objects.filter(ccg=ccg).count() < contacts:
        print(f"{code}: {contacts:,} contacts through the bulk import")
        folder = ROOT / "var" / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        path = write_csv(
            folder / f"load-contacts-{contacts}.csv", rows=contacts, organisations=ORGANISATIONS
        )
        job = services.import_job_start(
            ccg=ccg, user=officer, filename=path.name, content=path.read_bytes(), inline=True
        )
        job = services.import_job_confirm(job=job, user=officer, inline=True)
        assert job.status == "imported", job.report.get("file_errors")
    print(f"{code}: {feedback:,} feedback items with published responses")
    published_generate(ccg=ccg, user=officer, count=feedback)  # skips when there


if __name__ == "__main__":
    main()
