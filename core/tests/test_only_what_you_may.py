"""Each role sees only what it may do: no page offers a button or an "Add / Log / Record..."
link that answers 403. The templates decide with the permission the target view checks
(`scope|can:"perm"`, accounts/templatetags/portal_access.py; `scope|can_log:"kind"`,
media_desk/templatetags/media_desk_access.py)."""

import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command

from accounts.models import User

ROLES = {
    "Administrator": "admin@demo.nhs.uk",
    "Comms team": "comms@demo.nhs.uk",
    "Governing body": "governing@demo.nhs.uk",
    "Staff": "staff@demo.nhs.uk",
}
LOG_BUTTONS = [
    "Log a media enquiry",
    "Log an MP letter",
    "Log a parliamentary briefing",
    "Log an FOI request",
]
# A link that offers to do something, rather than to read: what a refusal would betray.
ACTION = re.compile(r"^(Add|Log|Record|Edit|Import|Respond|Change|Upload|Erase|Withdraw)\b")


class Links(HTMLParser):
    """The links of a page: (href, text, is_button) of each in <main>, and the hrefs of the
    header's menus and of an app's own menu (portal-subnav), which lead to its other pages."""

    def __init__(self):
        super().__init__()
        self.main: list[tuple[str, str, bool]] = []
        self.menus: list[str] = []
        self._in_main = 0
        self._lists: list[bool] = []  # open <nav> and <ul>: is each a menu?
        self._link: list | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = attrs.get("class") or ""
        if tag == "main":
            self._in_main += 1
        if tag in ("nav", "ul"):
            self._lists.append(tag == "nav" or "portal-subnav" in classes)
        if tag == "a" and attrs.get("href", "").startswith("/"):
            button = "nhsuk-button" in classes or "nhsuk-action-link" in classes
            self._link = [attrs["href"], "", button]

    def handle_data(self, data):
        if self._link is not None:
            self._link[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            href, text, button = self._link
            if any(self._lists):
                self.menus.append(href)
            elif self._in_main:
                self.main.append((href, " ".join(text.split()), button))
            self._link = None
        if tag == "main":
            self._in_main -= 1
        if tag in ("nav", "ul") and self._lists:
            self._lists.pop()


def links_of(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


@pytest.fixture
def demo_data(db):
    call_command("load_demo_data")


def signed_in(client, email: str):
    client.force_login(User.objects.get(email=email))
    return client


def test_an_administrator_sees_no_log_buttons_on_the_media_desk(client, demo_data):
    page = signed_in(client, ROLES["Administrator"]).get("/media-desk/").content.decode()
    assert [button for button in LOG_BUTTONS if button in page] == []


def test_the_comms_team_sees_every_log_button_on_the_media_desk(client, demo_data):
    page = signed_in(client, ROLES["Comms team"]).get("/media-desk/").content.decode()
    assert [button for button in LOG_BUTTONS if button in page] == LOG_BUTTONS


def test_staff_are_offered_what_staff_may_log(client, demo_data):
    page = signed_in(client, ROLES["Staff"]).get("/").content.decode()
    assert [button for button in LOG_BUTTONS if button in page] == LOG_BUTTONS[:2]


def test_an_administrator_sees_no_add_or_import_on_the_register(client, demo_data):
    page = signed_in(client, ROLES["Administrator"]).get("/stakeholders/contacts/")
    assert page.status_code == 200
    assert "Add a contact" not in page.content.decode()
    assert "Import a spreadsheet" not in page.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_no_button_or_action_link_leads_to_a_refusal(client, demo_data, role):
    signed_in(client, ROLES[role])
    home = client.get("/")
    pages = list(dict.fromkeys(h.split("?")[0] for h in links_of(home.content.decode()).menus))
    offered: dict[str, str] = {}
    for path in pages:
        response = client.get(path)
        if response.status_code != 200:
            continue
        html = response.content.decode()
        for sub in links_of(html).menus:
            if sub.split("?")[0] not in pages:
                pages.append(sub.split("?")[0])
        for href, text, button in links_of(html).main:
            if button or ACTION.match(text):
                offered.setdefault(href, f"{text} (on {path})")
    assert len(pages) >= 3, pages
    refused = {
        f"{href}: {where}" for href, where in offered.items() if client.get(href).status_code == 403
    }
    assert refused == set()
