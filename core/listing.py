"""Pagination for every list page: a page of rows and the query string for the other pages.
A `?page=` that names no page is a 404, never a 500: no number from the query string reaches
the database (a 20-digit page once made Postgres fail with "bigint out of range")."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

PAGE_SIZE = 50
# No list has a billion pages; a longer number is refused before it is turned into an int
# (so before any OFFSET, and before Python's own limit on the digits int() reads).
MAX_PAGE_DIGITS = 9


def page_number(request) -> int:
    """The page asked for: 1 when `?page=` is absent or blank, else a whole number from 1."""
    value = request.GET.get("page", "").strip()
    if not value:
        return 1
    # isascii: isdigit() alone also takes other scripts' digits, which int() reads.
    if not (value.isascii() and value.isdigit()) or len(value) > MAX_PAGE_DIGITS:
        raise Http404("No such page.")
    number = int(value)
    if number < 1:
        raise Http404("No such page.")
    return number


def query_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def paginate(request, queryset, *, per_page: int = PAGE_SIZE):
    try:
        page = Paginator(queryset, per_page).page(page_number(request))
    except EmptyPage:  # after the last page (page 1 of an empty list is a page)
        raise Http404("No such page.") from None
    return page, query_without_page(request)


def offset_page(request, *, fetch, per_page: int) -> dict:
    """A page of a list its selector counts and slices itself (`fetch(offset=, limit=)` returns
    the rows and the total: the public lists, whose reads are plain rows, not a queryset). The
    template's keys: rows, total, number, pages, query."""
    number = page_number(request)
    rows, total = fetch(offset=(number - 1) * per_page, limit=per_page)
    pages = max(1, -(-total // per_page))
    if number > pages:
        raise Http404("No such page.")
    query = query_without_page(request)
    return {"rows": rows, "total": total, "number": number, "pages": pages, "query": query}
