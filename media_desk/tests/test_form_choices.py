"""The log form offers people from the register only where the user may see the register: a
user who is Comms team in one CCG and Staff in another must not see, or post, the second
CCG's journalists. MPs and councillors are public office holders, offered wherever the user
may log an MP letter."""

import pytest
from django.urls import reverse

from accounts.tests.factories import member
from core.tests.forms_read import post_once
from media_desk.models import Enquiry
from stakeholders.tests.factories import ContactFactory

from .factories import logged_enquiry
from .test_views import media_call

pytestmark = pytest.mark.django_db


@pytest.fixture
def comms_a_staff_b(ccg_a, ccg_b):
    user = member(ccg=ccg_a, role="Comms team")
    return member(ccg=ccg_b, role="Staff", user=user)


def journalist(ccg, last_name: str):
    return ContactFactory(ccg=ccg, kind="journalist", first_name="Sam", last_name=last_name)


def test_it_offers_no_journalists_of_a_ccg_where_the_user_is_only_staff(
    client, comms_a_staff_b, ccg_a, ccg_b
):
    journalist(ccg_a, "Ashworth")
    journalist(ccg_b, "Bainbridge")
    client.force_login(comms_a_staff_b)
    body = client.get(reverse("media_desk:log", args=["media"])).content.decode()
    assert "Sam Ashworth" in body
    assert "Bainbridge" not in body


def test_it_refuses_a_posted_journalist_of_a_ccg_where_the_user_is_only_staff(
    client, comms_a_staff_b, ccg_b
):
    theirs = journalist(ccg_b, "Bainbridge")
    client.force_login(comms_a_staff_b)
    data = media_call(ccg_b, requester_contact=theirs.pk, category="general")
    response = post_once(client, reverse("media_desk:log", args=["media"]), data)
    assert response.status_code == 200
    assert "requester_contact" in response.context["form"].errors
    assert not Enquiry.objects.exists()


def test_it_refuses_a_posted_journalist_of_another_ccg_than_the_item(client, comms_a, ccg_a, ccg_b):
    other = journalist(ccg_b, "Bainbridge")
    client.force_login(comms_a)
    data = media_call(ccg_a, requester_contact=other.pk, category="general")
    response = post_once(client, reverse("media_desk:log", args=["media"]), data)
    assert "requester_contact" in response.context["form"].errors
    assert not Enquiry.objects.exists()


def test_mps_stay_choosable_where_the_user_may_log_an_mp_letter(client, comms_a_staff_b, mp_b):
    client.force_login(comms_a_staff_b)
    body = client.get(reverse("media_desk:log", args=["mp"])).content.decode()
    assert "Morgan Reilly" in body


def test_an_item_logged_where_the_user_is_only_staff_is_followed_as_staff(
    client, comms_a_staff_b, ccg_b
):
    client.force_login(comms_a_staff_b)
    data = media_call(ccg_b, category="general")
    response = post_once(client, reverse("media_desk:log", args=["media"]), data)
    enquiry = Enquiry.objects.get()
    assert response["Location"] == reverse("media_desk:my_enquiry", args=[enquiry.pk])
    assert client.get(response["Location"]).status_code == 200


def test_coverage_links_only_to_enquiries_the_user_may_read(client, comms_a_staff_b, ccg_a, ccg_b):
    ours = logged_enquiry(ccg=ccg_a, logged_by=comms_a_staff_b, subject="Walk-in hours")
    theirs = logged_enquiry(ccg=ccg_b, logged_by=comms_a_staff_b, subject="Bed closures")
    client.force_login(comms_a_staff_b)
    url = reverse("media_desk:register_add", args=["coverage"])
    body = client.get(url).content.decode()
    assert "Walk-in hours" in body and "Bed closures" not in body
    coverage = {
        "ccg": ccg_a.pk,
        "outlet": "Northern Echo",
        "headline": "Beds to close",
        "tone": "neutral",
        "published_on_day": "3",
        "published_on_month": "11",
        "published_on_year": "2026",
    }
    response = post_once(client, url, {**coverage, "enquiry": theirs.pk})
    assert list(response.context["form"].errors) == ["enquiry"]
    assert post_once(client, url, {**coverage, "enquiry": ours.pk}).status_code == 302
