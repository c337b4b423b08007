"""The log forms ask for what someone on the phone can always find out, and say so; the desk's
pages are headed in plain words and its registers are reachable from its own menu."""

import html
import re

import pytest
from django.urls import reverse

from core.tests.forms_read import post_once
from media_desk.models import Enquiry

from .factories import london
from .test_views import when

pytestmark = pytest.mark.django_db


def errors_of(body: str) -> list[str]:
    """The messages of the error summary, in order."""
    summary = body.split("nhsuk-error-summary__list", 1)[1].split("</ul>", 1)[0]
    return [
        html.unescape(re.sub(r"\s+", " ", m).strip())
        for m in re.findall(r"<a [^>]*>(.*?)</a>", summary, re.S)
    ]


def labels_of(body: str) -> list[str]:
    found = re.findall(
        r'<(?:label|legend)[^>]*class="nhsuk-[a-z_-]*(?:label|legend)[^"]*"[^>]*>(.*?)</',
        body,
        re.S,
    )
    return [html.unescape(re.sub(r"\s+", " ", label).strip()) for label in found]


def test_an_empty_media_enquiry_names_each_thing_it_needs(client, staff_a, ccg_a):
    client.force_login(staff_a)
    url = reverse("media_desk:log", args=["media"])
    body = post_once(
        client, url, {"ccg": ccg_a.pk, "channel": "phone", "urgency": "routine"}
    ).content.decode()
    assert errors_of(body) == [
        "Enter the date and time it was received",
        "Enter what it is about",
        "Enter a phone number or an e-mail address to reply to",
    ]
    assert "This field is required" not in body and not Enquiry.objects.exists()


def test_a_media_enquiry_needs_no_name_only_a_way_to_reply(client, staff_a, ccg_a):
    client.force_login(staff_a)
    data = {
        "ccg": ccg_a.pk,
        **when("received_at", london(2026, 11, 16, 10, 0)),
        "channel": "email",
        "urgency": "routine",
        "subject": "Walk-in centre hours",
        "requester_email": "newsdesk@example.org",
    }
    response = post_once(client, reverse("media_desk:log", args=["media"]), data)
    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert (enquiry.requester_name, enquiry.requester_email) == ("", "newsdesk@example.org")


def test_the_media_form_marks_optional_exactly_what_is_not_needed(client, staff_a):
    client.force_login(staff_a)
    body = client.get(reverse("media_desk:log", args=["media"])).content.decode()
    labels = labels_of(body)
    assert "Journalist's name (optional)" in labels and "Outlet (optional)" in labels
    assert "What is it about?" in labels and "What do they want to know? (optional)" in labels
    # One of the two is needed, so neither is optional; the hint says either will do.
    assert "Phone number" in labels and "E-mail address" in labels
    assert "A phone number, an e-mail address or both." in body
    assert [legend for legend in labels if legend.startswith(("The call", "What they", "Who"))] == [
        "The call or message",
        "What they asked",
        "Who asked and how to reply",
    ]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (
            "briefing",
            [
                "Enter the date and time it was received",
                "Enter what it is about",
                "Enter the requester's deadline",
            ],
        ),
        (
            "foi",
            [
                "Enter the date and time it was received",
                "Enter what it is about",
                "Enter the requester's name",
            ],
        ),
    ],
)
def test_a_briefing_and_an_foi_request_name_what_they_need(client, comms_a, ccg_a, kind, expected):
    client.force_login(comms_a)
    data = {"ccg": ccg_a.pk, "channel": "email", "category": "general"}
    body = post_once(client, reverse("media_desk:log", args=[kind]), data).content.decode()
    assert errors_of(body) == expected


@pytest.mark.parametrize(
    ("kind", "heading"),
    [
        ("media", "Log a media enquiry"),
        ("mp", "Log an MP or councillor letter"),
        ("briefing", "Log a parliamentary briefing"),
        ("foi", "Log an FOI request"),
    ],
)
def test_each_log_page_is_headed_in_plain_words(client, comms_a, kind, heading):
    client.force_login(comms_a)
    body = client.get(reverse("media_desk:log", args=[kind])).content.decode()
    assert f"<h1>{heading}</h1>" in body and f"<title>{heading}" in body


@pytest.mark.parametrize(
    ("register", "heading"),
    [
        ("spokespeople", "Add a spokesperson"),
        ("press-releases", "Add a press release"),
        ("coverage", "Add coverage"),
    ],
)
def test_each_register_is_in_the_desk_menu_and_its_add_page_says_what_it_adds(
    client, comms_a, register, heading
):
    client.force_login(comms_a)
    queue = client.get(reverse("media_desk:queue")).content.decode()
    listing = reverse("media_desk:register_list", args=[register])
    assert f'href="{listing}"' in queue.split('aria-label="Media desk"', 1)[1].split("</nav>", 1)[0]
    add = reverse("media_desk:register_add", args=[register])
    assert f'href="{add}">{heading}</a>' in client.get(listing).content.decode()
    page = client.get(add).content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert f'<a href="{listing}" aria-current="page">' in page


def test_the_desk_menu_shows_no_register_to_someone_who_may_not_see_it(client, staff_a):
    from accounts.selectors import scope_for_user
    from media_desk.navigation import desk_nav

    assert desk_nav(scope=scope_for_user(user=staff_a), current="queue") == []


def test_the_header_and_the_page_both_say_what_you_logged(client, staff_a):
    client.force_login(staff_a)
    body = client.get(reverse("media_desk:mine")).content.decode()
    assert "<h1>What you logged</h1>" in body
    assert re.search(r'href="/media-desk/mine/"[^>]*>\s*What you logged\s*<', body)
    assert "What I logged" not in body
