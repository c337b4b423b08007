"""Generates media desk items and deadlines in bulk with SQL (INSERT ... SELECT generate_series),
copying one item logged through the real service, so the rows look like the web's."""

import datetime

from django.db import connection
from django.utils import timezone

from accounts.models import Ccg, User
from accounts.services import membership_grant, roles_ensure
from media_desk.models import Enquiry, SlaDeadline
from media_desk.services import enquiry_log


def bench_ccg(*, ods_code: str, name: str) -> tuple[Ccg, User]:
    roles_ensure()
    ccg, _ = Ccg.objects.get_or_create(ods_code=ods_code, defaults={"name": name})
    email = f"bench-{ods_code.lower()}@example.nhs.uk"
    user = User.objects.filter(email=email).first() or User.objects.create_user(
        email=email, full_name=f"Bench {ods_code}", password="bench-password-1"
    )
    membership_grant(user=user, ccg=ccg, role="Comms team")
    Ccg.objects.filter(pk=ccg.pk).update(comms_lead=user)
    return ccg, user


def enquiries_generate(*, ccg: Ccg, user: User, count: int) -> None:
    """`count` items received over the last 30 days, each with a holding and a response deadline."""
    if Enquiry.objects.filter(ccg=ccg).count() >= count:
        return
    Enquiry.objects.filter(ccg=ccg).delete()
    template = enquiry_log(
        enquiry=Enquiry(
            ccg=ccg,
            kind="media",
            requester_name="Bench",
            subject="Template",
            received_at=timezone.now() - datetime.timedelta(days=30),
        ),
        logged_by=user,
    )
    columns = [f.column for f in Enquiry._meta.concrete_fields if f.column not in ("id",)]
    chosen = ", ".join(
        {
            "received_at": "e.received_at + (n * interval '2 seconds')",
            "subject": "'Enquiry ' || n",
            "next_due_at": "now() + ((n %% 2000) - 200) * interval '1 minute'",
        }.get(c, f"e.{c}")
        for c in columns
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO media_desk_enquiry ({', '.join(columns)}) "
            f"SELECT {chosen} FROM media_desk_enquiry e, generate_series(1, %s) n WHERE e.id = %s",
            [count - 1, template.pk],
        )
    deadlines_generate(ccg=ccg)


def deadlines_generate(*, ccg: Ccg, due_now: int = 1000) -> None:
    """Two deadlines an item. Most are answered or far off; `due_now` have a reminder due."""
    SlaDeadline.objects.filter(enquiry__ccg=ccg).delete()
    with connection.cursor() as cursor:
        for name, answered in (("holding", "true"), ("response", "n %% 3 = 0")):
            cursor.execute(
                f"""
                INSERT INTO media_desk_sladeadline
                    (enquiry_id, name, due_at, warn_at, answered_at, explanation, next_reminder_at)
                SELECT id, %s, e.next_due_at, e.next_due_at - interval '1 hour',
                       CASE WHEN {answered} THEN e.received_at END, '[]'::jsonb,
                       CASE WHEN {answered} THEN NULL
                            ELSE now() + interval '1 day' + (n %% 1000) * interval '1 minute' END
                FROM (SELECT e.*, row_number() OVER (ORDER BY id) n
                      FROM media_desk_enquiry e WHERE ccg_id = %s) e
                """,
                [name, ccg.pk],
            )
        cursor.execute(
            """
            UPDATE media_desk_sladeadline SET next_reminder_at = now() - interval '1 minute'
            WHERE id IN (SELECT d.id FROM media_desk_sladeadline d
                         JOIN media_desk_enquiry e ON e.id = d.enquiry_id
                         WHERE e.ccg_id = %s AND d.next_reminder_at IS NOT NULL LIMIT %s)
            """,
            [ccg.pk, due_now],
        )
        cursor.execute("ANALYZE media_desk_sladeadline; ANALYZE media_desk_enquiry")
