"""Reference data through the admin's import and export (django-import-export), inside the CCG
walls: an Administrator exports only their CCGs' rows and imports only into them."""

import csv
import datetime
import io

import pytest
from django.contrib import admin as django_admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import ClosureDay, Locality
from engagement.models import Theme
from stakeholders.models import Organisation

from .factories import ClosureDayFactory, LocalityFactory

pytestmark = pytest.mark.django_db

CSV = "0"  # the first of the admin's formats


def _csv(*rows) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def _export(client, model) -> list[list[str]]:
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_export")
    response = client.post(url, {"format": CSV, "resource": "0"})
    assert response.status_code == 200, response.content[:500]
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def _import(client, model, content: bytes):
    """The two steps of the admin's import: the check (a dry run), then the confirmation.
    Returns the check page, and the confirmation's response when the check offered one."""
    opts = model._meta
    prefix = f"admin:{opts.app_label}_{opts.model_name}"
    upload = SimpleUploadedFile("data.csv", content, content_type="text/csv")
    checked = client.post(
        reverse(f"{prefix}_import"), {"format": CSV, "resource": "0", "import_file": upload}
    )
    confirm_form = checked.context and checked.context.get("confirm_form")
    if not confirm_form:
        return checked, None
    confirmed = client.post(reverse(f"{prefix}_process_import"), confirm_form.initial)
    return checked, confirmed


def test_an_administrator_exports_only_their_own_ccgs_localities(client, admin_a, ccg_a, ccg_b):
    LocalityFactory(ccg=ccg_a, name="Bootle", population=60000)
    LocalityFactory(ccg=ccg_b, name="Basildon", population=90000)
    client.force_login(admin_a)
    rows = _export(client, Locality)
    assert rows[0] == ["id", "ccg", "name", "population", "reach_target_percent"]
    assert [row[1:4] for row in rows[1:]] == [["A01", "Bootle", "60000"]]


def test_an_administrator_imports_closure_days_into_their_own_ccg(client, admin_a, ccg_a):
    client.force_login(admin_a)
    content = _csv(["id", "ccg", "date", "reason"], ["", "A01", "2027-04-12", "Training day"])
    checked, confirmed = _import(client, ClosureDay, content)
    assert confirmed is not None and confirmed.status_code == 302
    assert list(ClosureDay.objects.values_list("ccg__ods_code", "date", "reason")) == [
        ("A01", datetime.date(2027, 4, 12), "Training day")
    ]


def test_a_row_naming_another_ccg_is_refused_and_nothing_is_written(client, admin_a, ccg_a, ccg_b):
    client.force_login(admin_a)
    content = _csv(
        ["id", "ccg", "name", "population", "reach_target_percent"],
        ["", "A01", "Bootle", "60000", "0.5"],
        ["", "B01", "Basildon", "90000", "0.5"],
    )
    checked, confirmed = _import(client, Locality, content)
    assert confirmed is None  # the check found an error: nothing to confirm
    assert checked.context["result"].has_validation_errors()
    assert not Locality.objects.exists()


def test_a_row_with_the_id_of_another_ccgs_record_does_not_overwrite_it(
    client, admin_a, ccg_a, ccg_b
):
    theirs = LocalityFactory(ccg=ccg_b, name="Basildon", population=90000)
    client.force_login(admin_a)
    content = _csv(
        ["id", "ccg", "name", "population", "reach_target_percent"],
        [str(theirs.pk), "A01", "Taken over", "1", "0.5"],
    )
    checked, confirmed = _import(client, Locality, content)
    assert confirmed is None
    assert checked.context["result"].has_validation_errors()
    theirs.refresh_from_db()
    assert (theirs.ccg_id, theirs.name, theirs.population) == (ccg_b.pk, "Basildon", 90000)


def test_a_link_to_another_ccgs_record_is_refused(rf, admin_a, ccg_a, ccg_b):
    """The organisation's locality, looked up as the admin's import does (administrators do
    not import organisations: their role reads them; the lookup is the walls' all the same)."""
    their_locality = LocalityFactory(ccg=ccg_b, name="Basildon")
    request = rf.get("/")
    request.user = admin_a
    organisation_admin = django_admin.site._registry[Organisation]
    resource_class = organisation_admin.get_import_resource_classes(request)[0]
    resource = resource_class(**organisation_admin.get_import_resource_kwargs(request))
    with pytest.raises(ValueError, match="No locality .* in the CCGs you administer"):
        resource.fields["locality"].clean({"locality": str(their_locality.pk)})


def test_an_imported_theme_gets_its_slug_from_its_name(client, superuser, ccg_a):
    client.force_login(superuser)  # the Administrator role reads themes; the comms team keeps them
    _, confirmed = _import(client, Theme, _csv(["id", "ccg", "name"], ["", "A01", "GP access"]))
    assert confirmed is not None
    assert list(Theme.objects.values_list("name", "slug")) == [("GP access", "gp-access")]


def test_a_comms_team_member_may_not_import_or_export(client, comms_a, ccg_a):
    ClosureDayFactory(ccg=ccg_a)
    client.force_login(comms_a)
    assert client.get(reverse("admin:accounts_closureday_export")).status_code in (302, 403)
    assert client.get(reverse("admin:accounts_closureday_import")).status_code in (302, 403)
