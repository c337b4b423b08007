"""The comms queue page at 100,000 items, against the same page at 1,000 items in the same run.

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \
    .venv/bin/python bench/media_desk_queue.py
"""

from common import ratio, setup_django, timed

PAGES = {
    "first page": {},
    "overdue only": {"state": "overdue"},
    "search": {"search": "Enquiry 4242"},
    "page 20": {"page": "20"},
}


def main() -> None:
    setup_django()
    from django.test import Client
    from media_desk_data import bench_ccg, enquiries_generate

    small_ccg, small_user = bench_ccg(ods_code="BQ1", name="Bench queue 1k CCG")
    big_ccg, big_user = bench_ccg(ods_code="BQ2", name="Bench queue 100k CCG")
    enquiries_generate(ccg=small_ccg, user=small_user, count=1_000)
    enquiries_generate(ccg=big_ccg, user=big_user, count=100_000)
    results = {}
    for label, params in PAGES.items():
        print(f"Queue page, {label}:")
        for size, user in (("1k", small_user), ("100k", big_user)):
            client = Client()
            client.force_login(user)
            client.get("/media-desk/", params)  # warm
            with timed(f"{label}, {size} items", results):
                response = client.get("/media-desk/", params)
            assert response.status_code == 200
        ratio(results, f"{label}, 100k items", f"{label}, 1k items")


if __name__ == "__main__":
    main()
