"""What a view calls when it shows or exports personal data: one line, next to the `render`
or `export` that discloses it. `audit/tests/test_every_page.py` opens every page of the portal
with a contact and a feedback contributor whose details are unique strings, and fails when a
page or file that shows them has not written an entry; so a new page cannot forget."""

import ipaddress

from django.db import models
from django.db.models import QuerySet

from accounts.scoping import CcgOwned
from accounts.security.client_address import client_address as trusted_client_address

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
    """The client's IP address as sign-in lockouts read it (TRUSTED_PROXY_COUNT), or None when
    the request has none that parses (a request made in code)."""
    try:
        return str(ipaddress.ip_address(trusted_client_address(request) or ""))
    except ValueError:
        return None
