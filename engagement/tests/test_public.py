"""The public "you said, we did" pages and feeds: no login, published copies only. An
unpublished response's text and a contributor's name or e-mail address never appear in the
HTML, the Atom feed or the JSON feed."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from engagement import services
from engagement.models import Response

from .factories import FeedbackFactory, ThemeFactory, published_response, response_for

pytestmark = pytest.mark.django_db

SECRET_NAME, SECRET_EMAIL = "Jane Doe", "jane.doe@example.org"
DRAFT = "Draft: the board has not agreed this yet."


@pytest.fixture
def published(ccg_a, comms_a):
    access = ThemeFactory(ccg=ccg_a, name="GP access", slug="gp-access")
    feedback = FeedbackFactory(
        ccg=ccg_a,
        text=f"{SECRET_NAME} ({SECRET_EMAIL}) waited three weeks for an appointment.",
        contributor_name=SECRET_NAME,
        contributor_email=SECRET_EMAIL,
        wants_feedback=True,
    )
    feedback.themes.set([access])
    return published_response(
        feedback=feedback, by=comms_a, you_said="Getting a GP appointment takes weeks."
    )


@pytest.fixture
def unpublished(ccg_a, comms_a):
    return response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a, we_did=DRAFT)


def _every_public_text(client, pk: int) -> list[str]:
    return [
        client.get(reverse("public_engagement:index")).content.decode(),
        client.get(reverse("public_engagement:item", args=[pk])).content.decode(),
        client.get(reverse("public_engagement:atom")).content.decode(),
        client.get(reverse("public_engagement:json")).content.decode(),
    ]


def test_anyone_reads_the_published_items_without_signing_in(client, published):
    page = client.get(reverse("public_engagement:index"))
    assert page.status_code == 200
    body = page.content.decode()
    assert "Getting a GP appointment takes weeks." in body
    assert "We funded evening and weekend appointments" in body
    assert "NHS Alpha CCG" in body and "GP access" in body
    detail = client.get(reverse("public_engagement:item", args=[published.pk])).content.decode()
    assert "We funded evening and weekend appointments at four practices." in detail


def test_no_contributor_and_no_unpublished_text_ever_reaches_the_public(
    client, published, unpublished, comms_a
):
    services.response_update(
        version=None, response=published, data={"we_did": DRAFT}
    )  # edited after publishing
    texts = _every_public_text(client, published.pk)
    for text in texts:
        assert SECRET_NAME not in text and SECRET_EMAIL not in text
        assert "waited three weeks" not in text  # the raw feedback is never published
        assert DRAFT not in text
    assert client.get(reverse("public_engagement:item", args=[unpublished.pk])).status_code == 404


def test_the_public_pages_show_no_staff_navigation_even_when_signed_in(client, published, comms_a):
    client.force_login(comms_a)
    body = client.get(reverse("public_engagement:index")).content.decode()
    assert "Log out" not in body and "Media desk" not in body and "Notifications" not in body
    assert reverse("engagement:index") not in body


def test_the_atom_and_json_feeds_list_the_published_items(client, published):
    atom = client.get(reverse("public_engagement:atom"))
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "Getting a GP appointment takes weeks." in atom.content.decode()
    feed = json.loads(client.get(reverse("public_engagement:json")).content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    [item] = feed["items"]
    extra = item["_you_said_we_did"]
    assert extra["ccg"] == {"name": "NHS Alpha CCG", "ods_code": "A01"}
    assert extra["themes"] == [{"slug": "gp-access", "name": "GP access"}]
    assert set(extra) == {
        "ccg", "you_said", "we_did", "status", "not_possible_reason", "heard_on", "themes"
    }  # fmt: skip


def test_filters_by_ccg_theme_and_period(client, published, ccg_b, comms_b):
    travel = ThemeFactory(ccg=ccg_b, name="Travel", slug="travel")
    theirs = FeedbackFactory(ccg=ccg_b, received_on=datetime.date(2026, 8, 1))
    theirs.themes.set([travel])
    published_response(feedback=theirs, by=comms_b, you_said="The hospital bus stops at six.")
    index = reverse("public_engagement:index")
    both = client.get(index).content.decode()
    assert "takes weeks" in both and "bus stops at six" in both
    only_b = client.get(index, {"ccg": "B01"}).content.decode()
    assert "takes weeks" not in only_b and "bus stops at six" in only_b
    only_travel = client.get(index, {"theme": "travel"}).content.decode()
    assert "takes weeks" not in only_travel and "bus stops at six" in only_travel
    two_years_ago = timezone.now() - datetime.timedelta(days=730)
    Response.objects.filter(pk=published.pk).update(published_at=two_years_ago)
    recent = client.get(index, {"period": "12m"}).content.decode()
    assert "takes weeks" not in recent and "bus stops at six" in recent
    feed = json.loads(client.get(reverse("public_engagement:json"), {"ccg": "A01"}).content)
    assert [i["_you_said_we_did"]["you_said"] for i in feed["items"]] == [
        "Getting a GP appointment takes weeks."
    ]


def test_the_public_page_runs_a_fixed_number_of_queries(
    client, ccg_a, comms_a, django_assert_max_num_queries
):
    theme = ThemeFactory(ccg=ccg_a, name="GP access")
    for n in range(30):
        feedback = FeedbackFactory(ccg=ccg_a)
        feedback.themes.set([theme])
        published_response(feedback=feedback, by=comms_a, you_said=f"Comment {n}")
    with django_assert_max_num_queries(8):
        assert client.get(reverse("public_engagement:index")).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(reverse("public_engagement:json")).status_code == 200


def test_a_taken_down_item_disappears(client, published):
    services.response_unpublish(response=published)
    assert client.get(reverse("public_engagement:item", args=[published.pk])).status_code == 404
    assert "takes weeks" not in client.get(reverse("public_engagement:atom")).content.decode()
