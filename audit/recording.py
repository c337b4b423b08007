"""What a view calls when it shows or exports personal data: one line, next to the `render`
or `export` that discloses it. `audit/tests/test_every_page.py` opens every page of the portal
with a contact and a feedback contributor whose details are unique strings, and fails when a
page or file that shows them has not written an entry; so a new page cannot forget."""

import ipaddress

from django.conf import settings
from django.db import models
from django.db.models import QuerySet

from accounts.scoping import CcgOwned

from .models import Action
from .services import personal_data_access_record

__all__ = ["Action", "client_address", "record_export", "record_view"]


def record_view(request, *, action: str, record: CcgOwned) -> None:
    """A page or file with one record's personal data (a contact, a feedback contributor)."""
    personal_data_access_record(
        user=request.user,
        action=action,
        subject=record,
        records=[(record.ccg_id, record.pk)],
        path=request.get_full_path(),
        client_address=client_address(request),
    )


def record_export(
    request,
    *,
    action: str,
    records: QuerySet,
    subject: models.Model | type[models.Model],
    id_field: str = "pk",
) -> None:
    """An export: the people in `records` (their ids from `id_field`), per CCG, with the filter
    the user chose. One extra query reads the ids; the export itself streams afterwards."""
    rows = records.order_by().values_list(records.model.ccg_field, id_field)
    personal_data_access_record(
        user=request.user,
        action=action,
        subject=subject,
        records=rows,
        filters=request.GET.urlencode(),
        path=request.path,
        client_address=client_address(request),
    )


def client_address(request) -> str | None:
    """The client's IP address. Behind TRUSTED_PROXY_HOPS proxies it is that many entries from
    the right of X-Forwarded-For: each proxy appends what it saw, so entries further left were
    written by the client and cannot be trusted."""
    address = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_HOPS
    if hops:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [entry.strip() for entry in forwarded if entry.strip()]
        if len(forwarded) >= hops:
            address = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
