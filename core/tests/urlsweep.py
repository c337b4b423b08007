"""Every URL pattern of the project as a path one can request: the URLconf resolved recursively,
each converter or regex group filled with a sample value. The sweeps that check every page
(login required, out-of-range numbers) start here, so a new page is checked without a new test."""

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, converters, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern
from django.utils.regex_helper import normalize

# A converter name (`<int:pk>`) or a bare `<name>` (str) in a route.
_PLACEHOLDER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Pattern:
    route: str  # the pattern as written, e.g. "stakeholders/contacts/<int:pk>/"
    name: str  # "app:name" or the route when the pattern has no name
    path: Callable[[Callable[[str, object], str]], str]  # the path, given a value chooser

    def sample(self, choose: Callable[[str, object], str] | None = None) -> str:
        return self.path(choose or sample_value)


def sample_value(name: str, converter: object) -> str:
    """A value each converter accepts: 1 for numbers, x for strings, a UUID for UUIDs."""
    if isinstance(converter, converters.IntConverter) or name.startswith("_"):
        return "1"
    if isinstance(converter, converters.UUIDConverter):
        return str(uuid.UUID(int=1))
    return "x"


def _route_part(pattern: RoutePattern) -> Callable[[Callable], str]:
    route = str(pattern)

    def fill(choose) -> str:
        return _PLACEHOLDER.sub(
            lambda m: choose(m["name"], pattern.converters.get(m["name"])), route
        )

    return fill


def _regex_part(pattern: RegexPattern) -> Callable[[Callable], str]:
    # Django's own reverse() helper: the first alternative of each group, a %(name)s per group
    # (numbered groups get "_0", "_1"...).
    template, params = normalize(pattern.regex.pattern)[0]

    def fill(choose) -> str:
        return template % {param: choose(param, None) for param in params}

    return fill


def _part(pattern) -> Callable[[Callable], str]:
    if isinstance(pattern, RoutePattern):
        return _route_part(pattern)
    return _regex_part(pattern)


def _walk(resolver: URLResolver, parts: list, routes: list[str], namespace: str):
    for entry in resolver.url_patterns:
        part, route = _part(entry.pattern), str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry, [*parts, part], [*routes, route], inner)
        elif isinstance(entry, URLPattern):
            chain = [*parts, part]
            full_route = "".join([*routes, route])
            yield Pattern(
                route=full_route,
                name=f"{namespace}{entry.name}" if entry.name else full_route,
                path=lambda choose, chain=chain: "/" + "".join(fill(choose) for fill in chain),
            )


def url_patterns() -> Iterator[Pattern]:
    """Every pattern of ROOT_URLCONF, admin included."""
    yield from _walk(get_resolver(), [], [], "")
