"""Every new page and export of the register shows only the user's CCGs: another CCG's
record is a 404, a role without the permission a 403, and anonymous users go to log in."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

DETAIL_PAGES = [
    ("stakeholders:contact_detail", "contact"),
    ("stakeholders:contact_edit", "contact"),
    ("stakeholders:contact_erase", "contact"),
    ("stakeholders:subscription_create", "contact"),
    ("stakeholders:contact_interaction_create", "contact"),
    ("stakeholders:contact_map_add", "contact"),
    ("stakeholders:organisation_detail", "organisation"),
    ("stakeholders:organisation_edit", "organisation"),
    ("stakeholders:organisation_interaction_create", "organisation"),
    ("stakeholders:segment_edit", "place"),
    ("stakeholders:map_detail", "map"),
    ("stakeholders:map_edit", "map"),
    ("stakeholders:map_entry_edit", "entry"),
    ("stakeholders:list_detail", "bulletin"),
    ("stakeholders:list_edit", "bulletin"),
    ("stakeholders:subscription_withdraw", "subscription"),
]
LISTS = [
    "stakeholders:contact_list",
    "stakeholders:organisation_list",
    "stakeholders:mapping_overview",
    "stakeholders:segment_list",
    "stakeholders:list_index",
    "stakeholders:import_list",
    "stakeholders:retention_review",
]


@pytest.mark.parametrize("name, key", DETAIL_PAGES)
def test_another_ccgs_records_are_not_found(client, comms_b, register_a, name, key):
    client.force_login(comms_b)
    url = reverse(name, args=[register_a[key].pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_another_ccgs_subject_access_export_is_not_found(client, comms_b, register_a, fmt):
    client.force_login(comms_b)
    url = reverse("stakeholders:contact_subject_access", args=[register_a["contact"].pk, fmt])
    assert client.get(url).status_code == 404


def test_another_ccgs_list_export_is_not_found(client, comms_b, register_a):
    client.force_login(comms_b)
    url = reverse("stakeholders:list_export", args=[register_a["bulletin"].pk, "csv"])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("name", LISTS)
def test_list_pages_do_not_show_another_ccgs_records(client, comms_b, register_a, name):
    client.force_login(comms_b)
    body = client.get(reverse(name)).content.decode()
    for hidden in ("Pat Quinn", "Sefton CVS", "GP bulletin", "Young carers", "Urgent care review"):
        assert hidden not in body


@pytest.mark.parametrize(
    "name", [*LISTS, "stakeholders:import_create", "stakeholders:contact_create"]
)
def test_governing_body_and_staff_see_no_personal_data(
    client, governor_a, staff_a, register_a, name
):
    for user in (governor_a, staff_a):
        client.force_login(user)
        assert client.get(reverse(name)).status_code == 403


def test_administrators_read_the_register_and_manage_lists_but_change_no_one(
    client, admin_a, register_a
):
    client.force_login(admin_a)
    assert (
        client.get(
            reverse("stakeholders:contact_detail", args=[register_a["contact"].pk])
        ).status_code
        == 200
    )
    assert client.get(reverse("stakeholders:list_create")).status_code == 200
    assert (
        client.get(
            reverse("stakeholders:contact_edit", args=[register_a["contact"].pk])
        ).status_code
        == 403
    )
    assert client.get(reverse("stakeholders:import_create")).status_code == 403


@pytest.mark.parametrize("name", [*LISTS, "stakeholders:import_create"])
def test_anonymous_users_are_sent_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_an_import_job_of_another_ccg_is_not_found(client, comms_a, comms_b, ccg_a):
    from stakeholders import services

    from .spreadsheets import csv_bytes

    job = services.import_job_start(
        ccg=ccg_a, user=comms_a, filename="a.csv", content=csv_bytes([["Name"], ["Ann Lee"]])
    )
    client.force_login(comms_b)
    for name in ("import_detail", "import_status", "import_report"):
        assert client.get(reverse(f"stakeholders:{name}", args=[job.pk])).status_code == 404
    for name in ("import_confirm", "import_cancel"):
        assert client.post(reverse(f"stakeholders:{name}", args=[job.pk])).status_code == 404
