import pytest

from media_desk.tests.factories import logged_enquiry
from reporting.work import WORK_SOURCES

pytestmark = pytest.mark.django_db


def test_each_role_gets_its_home_page(client, comms_a, staff_a, governor_a, admin_a):
    headings = {
        comms_a: "Your work queue",
        staff_a: "Log a media call or an MP letter",
        governor_a: "Governing body",
        admin_a: "Administration",
    }
    for user, heading in headings.items():
        client.force_login(user)
        assert f"<h1>{heading}</h1>" in client.get("/").content.decode()


def test_the_comms_home_lists_the_work_queue_with_bounded_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    for n in range(12):
        logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject=f"Queue item {n}")
    client.force_login(comms_a)
    # Two lists (mine, the team's unassigned), at most two queries per source and list, and the
    # month's red KPIs: bounded however many items.
    with django_assert_max_num_queries(8 + 2 * 2 * len(WORK_SOURCES)):
        body = client.get("/").content.decode()
    assert body.count("Queue item") == 10  # the first ten unassigned
