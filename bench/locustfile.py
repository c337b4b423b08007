"""The load benchmark's users (run by bench/load.py): staff logging media enquiries, the comms team
working the queue and the register, the governing body's dashboard, and the public page with
/healthz. Each signed-in user logs in once, correctly, with an account made by load_data.py."""

import itertools
import random
import threading
from html.parser import HTMLParser

from load_data import CCGS, PASSWORD, USERS_PER_ROLE, user_email
from locust import HttpUser, between, constant, task

_counter = itertools.count()
_signed_in = itertools.count(1)
_lock = threading.Lock()
SIGNED_IN_CLASSES = ("Staff", "Comms", "GoverningBody")


def _next_account(role: str) -> tuple[str, str]:
    with _lock:
        n = next(_counter)
    code = CCGS[n % len(CCGS)]
    return code, user_email(role, code, (n // len(CCGS)) % USERS_PER_ROLE)


class _Inputs(HTMLParser):
    """Every named <input> of a page with its value (hidden ones included: the CSRF token and
    any one-time submission token), except unticked radios and check boxes."""

    def __init__(self):
        super().__init__()
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "input" or not attrs.get("name"):
            return
        if attrs.get("type") in ("radio", "checkbox") and "checked" not in attrs:
            return
        if attrs.get("type") in ("submit", "button"):
            return
        self.values[attrs["name"]] = attrs.get("value") or ""


def form_inputs(html: str) -> dict[str, str]:
    parser = _Inputs()
    parser.feed(html)
    return parser.values


class _SignedIn(HttpUser):
    abstract = True
    role = ""
    wait_time = between(1, 3)

    def on_start(self):
        self.ccg, email = _next_account(self.role)
        page = self.client.get("/login/", name="/login/ (once per user)")
        data = form_inputs(page.text) | {"username": email, "password": PASSWORD}
        with self.client.post(
            "/login/", data=data, name="/login/ (once per user)", catch_response=True
        ) as response:
            if "/login/" in response.url:
                response.failure(f"sign-in refused for {email}")
        self._reset_stats_once_all_signed_in()

    def _reset_stats_once_all_signed_in(self):
        """Measure the steady state only: all users signing in at once is a burst of password
        hashing (by design slow) that queues every other request behind it for a while."""
        runner = self.environment.runner
        expected = sum(runner.user_classes_count.get(name, 0) for name in SIGNED_IN_CLASSES)
        if next(_signed_in) == expected:
            runner.stats.reset_all()
            print("all users signed in: statistics reset", flush=True)


class Staff(_SignedIn):
    weight = 5
    role = "staff"

    @task(2)
    def home(self):
        self.client.get("/", name="staff: /")

    @task(2)
    def log_media_enquiry(self):
        page = self.client.get("/media-desk/log/media/", name="staff: /media-desk/log/media/")
        data = form_inputs(page.text) | {
            "channel": "phone",
            "urgency": "routine",
            "requester_name": "A Reporter",
            "requester_outlet": "Liverpool Echo",
            "subject": f"Load bench enquiry {random.randrange(10**6)}",
            "details": "Asking about waiting times at the walk-in centre.",
        }
        with self.client.post(
            "/media-desk/log/media/",
            data=data,
            name="staff: /media-desk/log/media/",
            catch_response=True,
        ) as response:
            if "/media-desk/log/" in response.url:  # the form again: refused
                response.failure("the log form was refused")

    @task(1)
    def mine(self):
        self.client.get("/media-desk/mine/", name="staff: /media-desk/mine/")


class Comms(_SignedIn):
    weight = 3
    role = "comms"

    @task(3)
    def queue(self):
        self.client.get("/media-desk/", name="comms: /media-desk/")

    @task(2)
    def queue_filtered(self):
        params = {"search": f"Enquiry {random.randrange(3000)}", "kind": "media"}
        self.client.get("/media-desk/", params=params, name="comms: /media-desk/?search")

    @task(2)
    def contacts_search(self):
        params = {"q": f"Baker{random.randrange(3000)}"}
        self.client.get("/stakeholders/contacts/", params=params, name="comms: contacts?q")

    @task(1)
    def contacts(self):
        self.client.get("/stakeholders/contacts/", name="comms: /stakeholders/contacts/")

    @task(1)
    def engagement(self):
        self.client.get("/engagement/", name="comms: /engagement/")


class GoverningBody(_SignedIn):
    weight = 1
    role = "board"

    @task(3)
    def dashboard(self):
        self.client.get("/reporting/dashboard/", name="board: /reporting/dashboard/")

    @task(1)
    def home(self):
        self.client.get("/", name="board: /")


class Public(HttpUser):
    weight = 2
    wait_time = between(1, 3)

    @task(3)
    def you_said_we_did(self):
        params = {"ccg": random.choice(CCGS)}
        self.client.get("/you-said-we-did/", params=params, name="public: /you-said-we-did/")


class HealthMonitor(HttpUser):
    """A load balancer's check, once a second, whatever the rest of the site is doing."""

    fixed_count = 1
    wait_time = constant(1)

    @task
    def healthz(self):
        self.client.get("/healthz", name="/healthz")
