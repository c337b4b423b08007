"""The reminder job over 1,000,000 deadlines of which 1,000 are due, against a plain full scan.

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \
    .venv/bin/python bench/media_desk_reminders.py
"""

from common import ratio, setup_django, timed

DEADLINES = 1_000_000


def main() -> None:
    setup_django()
    from django.db import transaction
    from django.utils import timezone
    from media_desk_data import bench_ccg, enquiries_generate

    from media_desk.models import SlaDeadline
    from media_desk.reminders import deadlines_needing_reminders, reminders_send_due

    ccg, user = bench_ccg(ods_code="BR1", name="Bench reminders CCG")
    enquiries_generate(ccg=ccg, user=user, count=DEADLINES // 2)
    total = SlaDeadline.objects.count()
    due_count = SlaDeadline.objects.filter(next_reminder_at__lte=timezone.now()).count()
    print(f"Reminder job: {total:,} deadlines, {due_count:,} with a reminder due")
    now, results = timezone.now(), {}
    with timed("baseline: full scan of open deadlines in Python", results):
        due = [
            d
            for d in SlaDeadline.objects.filter(answered_at__isnull=True).iterator(chunk_size=5000)
            if d.next_reminder_at and d.next_reminder_at <= now
        ]
    with timed("indexed: deadlines whose reminder is due", results):
        found = list(deadlines_needing_reminders(now=now, limit=10_000))
    assert len(found) == len(due), (len(found), len(due))
    ratio(
        results,
        "baseline: full scan of open deadlines in Python",
        "indexed: deadlines whose reminder is due",
    )
    with transaction.atomic():
        with timed("the whole job: 1,000 reminders sent (rolled back)", results):
            sent = sum(reminders_send_due(now=now) for _ in range(3))
        print(f"  reminders sent: {sent}")
        transaction.set_rollback(True)  # keep the data set for the next run


if __name__ == "__main__":
    main()
