from django.db.models import Q, QuerySet

from accounts.scoping import Scope

from .models import Contact


def contact_list(*, scope: Scope, search: str = "", kind: str = "") -> QuerySet[Contact]:
    contacts = Contact.objects.visible_to(scope).select_related("organisation", "ccg")
    if search:
        contacts = contacts.filter(
            Q(first_name__icontains=search)
            | Q(last_name__icontains=search)
            | Q(email__icontains=search)
            | Q(organisation__name__icontains=search)
        )
    if kind:
        contacts = contacts.filter(kind=kind)
    return contacts


EXPORT_HEADERS = [
    "CCG",
    "Kind",
    "Title",
    "First name",
    "Last name",
    "Job title",
    "Organisation",
    "Email",
    "Phone",
    "Constituency",
    "Ward",
]


def contact_export_rows(*, contacts: QuerySet[Contact]):
    for c in contacts.iterator(chunk_size=2000):
        yield [
            c.ccg.name,
            c.get_kind_display(),
            c.title,
            c.first_name,
            c.last_name,
            c.job_title,
            c.organisation.name if c.organisation else "",
            c.email,
            c.phone,
            c.constituency,
            c.ward,
        ]


def contacts_of_kinds(*, ccg_ids, kinds) -> QuerySet[Contact]:
    """For other apps' pickers (the media desk's MP or journalist): MPs and councillors are
    public figures, so staff who log an MP letter may choose from them."""
    return (
        Contact.objects.for_ccgs(ccg_ids)
        .filter(kind__in=kinds)
        .select_related("organisation")
        .order_by("last_name", "first_name")
    )
