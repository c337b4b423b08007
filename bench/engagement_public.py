"""The public "you said, we did" page, its JSON feed and the annual engagement report with
50,000 published items in one CCG, against the same with 1,000 in another, in the same run.

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \\
    .venv/bin/python bench/engagement_public.py
"""

import datetime

from common import ratio, setup_django, timed

SMALL, BIG = 1_000, 50_000
PAGES = {
    "public page, one CCG": ("/you-said-we-did/", {"ccg": "{code}"}),
    "public page, one CCG and a theme": (
        "/you-said-we-did/",
        {"ccg": "{code}", "theme": "theme-3"},
    ),
    "public page, one CCG, page 40": ("/you-said-we-did/", {"ccg": "{code}", "page": "40"}),
    "JSON feed, one CCG": ("/you-said-we-did/feed.json", {"ccg": "{code}"}),
}


def published_generate(*, ccg, user, count: int) -> None:
    """`count` feedback items over the year, each with two themes and a published response."""
    from django.utils import timezone

    from engagement.models import Event, Feedback, Response, Theme
    from engagement.services.responses import response_due_set

    if Response.objects.filter(ccg=ccg, published_at__isnull=False).count() >= count:
        return
    Response.objects.filter(ccg=ccg).delete()
    Feedback.objects.filter(ccg=ccg).delete()
    Event.objects.filter(ccg=ccg).delete()
    themes = [
        Theme.objects.get_or_create(ccg=ccg, slug=f"theme-{n}", defaults={"name": f"Theme {n}"})[0]
        for n in range(8)
    ]
    start, now = datetime.date(2026, 4, 1), timezone.now()
    events = Event.objects.bulk_create(
        Event(
            ccg=ccg,
            title=f"Event {n}",
            kind="big_chat",
            starts_at=now - datetime.timedelta(days=n % 200, hours=2),
            ends_at=now - datetime.timedelta(days=n % 200),
            attendance=40,
        )
        for n in range(count // 10)
    )
    feedback = Feedback.objects.bulk_create(
        (
            Feedback(
                ccg=ccg,
                text=f"Comment {n}",
                source="event",
                event=events[n % len(events)],
                received_on=start + datetime.timedelta(days=n % 200),
                sentiment="negative",
                contributor_name=f"Person {n}",
            )
            for n in range(count)
        ),
        batch_size=5000,
    )
    through = Feedback.themes.through
    through.objects.bulk_create(
        (
            through(feedback_id=item.pk, theme_id=themes[(i + k) % len(themes)].pk)
            for i, item in enumerate(feedback)
            for k in (0, 1)
        ),
        batch_size=10000,
    )
    template = response_due_set(response=Response(ccg=ccg, heard_on=start, working_days=20))
    Response.objects.bulk_create(
        (
            Response(
                ccg=ccg,
                feedback=item,
                you_said=f"You said {i}",
                we_did=f"We did {i}",
                status="done",
                heard_on=item.received_on,
                working_days=20,
                due_at=template.due_at,
                published_at=now - datetime.timedelta(minutes=i),
                published_by=user,
                published_you_said=f"You said {i}",
                published_we_did=f"We did {i}",
                published_status="done",
            )
            for i, item in enumerate(feedback)
        ),
        batch_size=5000,
    )


def main() -> None:
    setup_django()
    from django.test import Client
    from media_desk_data import bench_ccg

    from engagement.selectors import annual_report

    small_ccg, small_user = bench_ccg(ods_code="BE1", name="Bench engagement 1k CCG")
    big_ccg, big_user = bench_ccg(ods_code="BE2", name="Bench engagement 50k CCG")
    published_generate(ccg=small_ccg, user=small_user, count=SMALL)
    published_generate(ccg=big_ccg, user=big_user, count=BIG)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    results, client = {}, Client()
    for label, (path, params) in PAGES.items():
        print(f"{label}:")
        for size, ccg in (("1k", small_ccg), ("50k", big_ccg)):
            query = {k: v.format(code=ccg.ods_code) for k, v in params.items()}
            client.get(path, query)  # warm
            with timed(f"{label}, {size} items", results):
                response = client.get(path, query)
            assert response.status_code == 200
        ratio(results, f"{label}, 50k items", f"{label}, 1k items")
    print("Annual engagement report (gathering):")
    for size, ccg in (("1k", small_ccg), ("50k", big_ccg)):
        with timed(f"annual report, {size} items", results):
            annual_report(ccg=ccg, year=2026)
    ratio(results, "annual report, 50k items", "annual report, 1k items")


if __name__ == "__main__":
    main()
