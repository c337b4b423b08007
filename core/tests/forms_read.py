"""Read a page's form as a browser would send it, so a test can post "the form as opened"."""

from html.parser import HTMLParser

SKIPPED = {"submit", "button", "file", "image", "reset"}


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[list[tuple[str, str]]] = []
        self._select: str | None = None
        self._options: list[str] = []
        self._chosen = False
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append([])
        elif not self.forms:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in SKIPPED or (kind in {"checkbox", "radio"} and "checked" not in a):
                return
            self.forms[-1].append((a["name"], a.get("value") or ""))
        elif tag == "select":
            self._select, self._options, self._chosen = a.get("name"), [], False
        elif tag == "option" and self._select:
            self._options.append(a.get("value", ""))
            if "selected" in a:
                self.forms[-1].append((self._select, a.get("value", "")))
                self._chosen = True
        elif tag == "textarea":
            self._textarea, self._text = a.get("name"), []

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            if not self._chosen and self._options:  # a browser sends the first option
                self.forms[-1].append((self._select, self._options[0]))
            self._select = None
        elif tag == "textarea" and self._textarea:
            text = "".join(self._text)
            self.forms[-1].append((self._textarea, text.removeprefix("\n")))
            self._textarea = None


def form_data(html: str, having: str) -> dict[str, list[str]]:
    """The fields of the first form on the page with a field named `having`."""
    reader = _FormReader()
    reader.feed(html)
    for form in reader.forms:
        if any(name == having for name, _ in form):
            data: dict[str, list[str]] = {}
            for name, value in form:
                data.setdefault(name, []).append(value)
            return data
    raise AssertionError(f"no form with a field named {having!r} on the page")


def token_of(client, url: str, *, having: str = "submission_token") -> dict[str, str]:
    """The one-time token of the form on the page at `url`, as a browser sends it back: GET the
    page and read the hidden token of the first form with a field named `having` (a step on an
    enquiry's page: its prefixed field, e.g. "close-closure_note"). Fails when that form carries
    no token, so a create form that dropped it fails its tests too."""
    page = client.get(url)
    assert page.status_code == 200, f"GET {url}: {page.status_code}"
    data = form_data(page.content.decode(), having=having)
    token = {name: values[0] for name, values in data.items() if name.endswith("submission_token")}
    assert token, f"the form on {url} carries no one-time token"
    return token


def post_once(client, url: str, data: dict, *, page: str | None = None, having=None, **kwargs):
    """POST `data` to `url` as the portal's page sends it: with the one-time token of the form
    opened just before at `page` (default: `url` itself). Extra arguments go to client.post."""
    opened = token_of(client, page or url, **({"having": having} if having else {}))
    return client.post(url, {**data, **opened}, **kwargs)
