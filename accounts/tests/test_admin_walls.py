"""The admin's CCG walls, walked for every model registered in the admin.

For each model in `admin.site._registry` (so a model admin added later is walked without being
named here), CCG A's Administrator tries every admin URL on a record of CCG B: the list, the
raw-id lookup popup, add, change, delete, the history list, a history version and its revert,
the password page for users, the bulk delete action, autocomplete with the model as source or
target, the choices offered by the model's forms, and, where the admin has django-import-export's
buttons, the export (the file must not hold the record) and the import of the record's row, as it
is and moved into CCG A, through both steps (check and confirm). Each must be refused (403, 404, a
redirect, or a list without the record), and nothing may be written: every table, the audit
history and the admin's log are compared before and after each request that posts.

The positive walk checks that the walls do not simply block everything: the Administrator
still lists, opens and (where their role allows) saves their own CCG's records."""

import csv
import io
import json
from dataclasses import dataclass, field

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import ModelChoiceField
from django.urls import NoReverseMatch, reverse

from accounts.models import User
from accounts.roles import ADMINISTRATOR, ROLE_PATTERNS
from accounts.scoping import ccg_field_of, filter_to_ccgs, model_perm

from .admin_records import RECORD_FACTORIES, db_snapshot, form_data, record_in, snapshot_changes

pytestmark = pytest.mark.django_db

REFUSED = {302, 403, 404}
REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)


@dataclass
class Walk:
    """What one model's walk tried and what got through."""

    client: object
    model: type
    record: object
    ccg_b: object
    steps: int = 0
    breaches: list[str] = field(default_factory=list)

    def url(self, name: str, *args) -> str | None:
        opts = self.model._meta
        try:
            return reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=args)
        except NoReverseMatch:
            return None

    def get_refused(self, what: str, url: str | None) -> None:
        if url is None:
            return
        self.steps += 1
        response = self.client.get(url)
        if response.status_code not in REFUSED:
            self.breaches.append(f"GET {what} {url} answered {response.status_code}")

    def post_writes_nothing(self, what: str, url: str | None, data: dict) -> None:
        if url is None:
            return
        self.steps += 1
        before = db_snapshot()
        response = self.client.post(url, data)
        changed = snapshot_changes(before, db_snapshot())
        if changed:
            self.breaches.append(
                f"POST {what} {url} ({response.status_code}) wrote to {', '.join(changed)}"
            )

    def list_hides(self, what: str, url: str | None) -> None:
        if url is None:
            return
        self.steps += 1
        response = self.client.get(url)
        if response.status_code in REFUSED:
            return
        shown = response.context["cl"].queryset.filter(pk=self.record.pk).exists()
        if response.status_code != 200 or shown:
            self.breaches.append(f"GET {what} {url} ({response.status_code}) lists the record")

    def autocomplete_hides(self, source_admin, field_name: str, target) -> None:
        self.steps += 1
        opts = source_admin.model._meta
        params = {"app_label": opts.app_label, "model_name": opts.model_name}
        params.update(field_name=field_name, term="")
        response = self.client.get(reverse("admin:autocomplete"), params)
        if response.status_code in REFUSED:
            return
        found = {int(row["id"]) for row in json.loads(response.content)["results"]}
        theirs = set(
            filter_to_ccgs(target.objects.all(), [self.ccg_b.pk]).values_list("pk", flat=True)
        )
        if response.status_code != 200 or found & theirs:
            self.breaches.append(
                f"autocomplete {opts.label}.{field_name} offers CCG B's {target._meta.label}"
            )

    def choices_hide(self, what: str, url: str | None) -> None:
        """The form's foreign keys offer no record of CCG B (checked on the page as served)."""
        if url is None:
            return
        self.steps += 1
        response = self.client.get(url)
        if response.status_code != 200 or "adminform" not in response.context:
            return
        for form in _page_forms(response, with_empty=True):
            for name, form_field in form.fields.items():
                # An inline row's own hidden id: Django looks it up in the inline's rows only.
                if (
                    not isinstance(form_field, ModelChoiceField)
                    or name == form._meta.model._meta.pk.name
                ):
                    continue
                target = form_field.queryset.model
                theirs = filter_to_ccgs(form_field.queryset, [self.ccg_b.pk])
                if target._meta.label != "auth.Group" and theirs.exists():
                    self.breaches.append(f"{what} offers CCG B's {target._meta.label} in {name}")

    def posted_choices_refused(self, what: str, url: str | None) -> None:
        """Each foreign key of the form, posted with a record of CCG B, is refused on POST
        (the dropdown or autocomplete not offering it is not enough)."""
        if url is None:
            return
        page = self.client.get(url)
        if page.status_code != 200 or "adminform" not in page.context:
            return
        data = form_data(page)
        for form in _page_forms(page, with_empty=False):
            for name, form_field in form.fields.items():
                theirs = self._their_record_for(form, name, form_field)
                if theirs is None:
                    continue
                key = form[name].html_name
                value = [str(theirs.pk)] if isinstance(data.get(key), list) else str(theirs.pk)
                posted = {**data, key: value}
                self.post_writes_nothing(f"{what} with CCG B's record in {key}", url, posted)

    def _their_record_for(self, form, name, form_field):
        if not isinstance(form_field, ModelChoiceField) or form_field.disabled:
            return None
        target = form_field.queryset.model
        if name == form._meta.model._meta.pk.name or ccg_field_of(target) is None:
            return None
        theirs = filter_to_ccgs(target._default_manager.all(), [self.ccg_b.pk]).first()
        if theirs is None and target in RECORD_FACTORIES:
            theirs = record_in(target, self.ccg_b)
        return theirs

    def export_hides(self, url: str | None) -> None:
        if url is None:
            return
        self.steps += 1
        response = self.client.post(url, {"format": "0", "resource": "0"})
        if response.status_code in REFUSED:
            return
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        if response.status_code != 200 or str(self.record.pk) in {
            row[0] for row in rows[1:] if row
        }:
            self.breaches.append(f"POST export {url} ({response.status_code}) holds the record")

    def import_writes_nothing(self, what: str, content: str) -> None:
        """Both steps of the import: the upload (a dry run) and, if offered, its confirmation."""
        url, confirm_url = self.url("import"), self.url("process_import")
        if url is None:
            return
        self.steps += 1
        before = db_snapshot()
        upload = SimpleUploadedFile("rows.csv", content.encode(), content_type="text/csv")
        checked = self.client.post(url, {"format": "0", "resource": "0", "import_file": upload})
        confirm = checked.context.get("confirm_form") if checked.context else None
        if confirm is not None:
            self.client.post(confirm_url, confirm.initial)
        changed = snapshot_changes(before, db_snapshot())
        if changed:
            self.breaches.append(f"import {what} {url} wrote to {', '.join(changed)}")


def _import_rows(model, record, ccg_a) -> dict[str, str]:
    """The record's row as the admin exports it (unscoped), changed in a text column; and the
    same moved into CCG A."""
    model_admin = admin.site._registry[model]
    resource = model_admin.get_export_resource_classes(None)[0]()
    dataset = resource.export(queryset=model._default_manager.filter(pk=record.pk))
    row = dict(zip(dataset.headers, dataset[0], strict=True))
    for column in ("name", "reason", "description"):
        if column in row:
            row[column] = f"{row[column]} (A)"
            break
    variants = {"the record's row": row}
    if "ccg" in row:
        variants["the record's row moved into CCG A"] = {**row, "ccg": ccg_a.ods_code}
    out = {}
    for what, values in variants.items():
        text = io.StringIO()
        csv.writer(text).writerows([list(values), [str(v) for v in values.values()]])
        out[what] = text.getvalue()
    return out


def _page_forms(page, *, with_empty: bool) -> list:
    forms = [page.context["adminform"].form]
    for inline in page.context.get("inline_admin_formsets", []):
        forms.extend(inline.formset.forms)
        if with_empty:
            forms.append(inline.formset.empty_form)
    return forms


@pytest.fixture(scope="module")
def walked(request):
    """Counts the walk's URL x record checks and prints the total at the end of the module."""
    counts: dict[str, int] = {}
    yield counts
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter and capture and counts:
        with capture.global_and_fixture_disabled():
            reporter.write_line(
                f"\nadmin walls: {sum(counts.values())} admin URL x record checks "
                f"over {len(counts)} registered models"
            )


def _latest_version(record):
    history = getattr(record, "history", None)  # the record's own versions
    if history is None:
        return None
    return history.order_by("-history_date", "-history_id").first()


def _as_superuser(client, superuser, url: str | None) -> dict:
    """The form at `url` as the superuser sees it, ready to post back (empty if none)."""
    if url is None:
        return {}
    client.force_login(superuser)
    response = client.get(url)
    client.logout()
    return form_data(response) if response.status_code == 200 else {}


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_an_administrator_reaches_nothing_of_another_ccg_through_any_admin_url(
    model, client, superuser, admin_a, ccg_a, ccg_b, walked
):
    record = record_in(model, ccg_b)
    own = record_in(model, ccg_a)
    version = _latest_version(record)
    walk = Walk(client=client, model=model, record=record, ccg_b=ccg_b)
    pk = record.pk
    change_url = walk.url("change", pk)
    revert_url = walk.url("simple_history", pk, version.pk) if version else None
    if walk.url("simple_history", pk, 0) and not revert_url:
        walk.breaches.append("has history pages but the record has no version to try them on")
    change_data = _as_superuser(client, superuser, change_url)
    revert_data = _as_superuser(client, superuser, revert_url)

    client.force_login(admin_a)
    walk.list_hides("changelist", walk.url("changelist"))
    walk.list_hides("raw-id lookup", _query(walk.url("changelist"), "_to_field=id&_popup=1"))
    walk.list_hides("search", _query(walk.url("changelist"), f"q={str(record)[:20]}"))
    walk.get_refused("change", change_url)
    walk.get_refused("delete", walk.url("delete", pk))
    walk.get_refused("history", walk.url("history", pk))
    walk.get_refused("history version", revert_url)
    for how, moved in [("", {}), (" moved into CCG A", {"ccg": str(ccg_a.pk)})]:
        if how and "ccg" not in change_data:
            continue
        if not how:
            walk.post_writes_nothing("add with CCG B's data", walk.url("add"), change_data)
        walk.post_writes_nothing(f"change{how}", change_url, {**change_data, **moved})
        walk.post_writes_nothing(f"revert{how}", revert_url, {**revert_data, **moved})
    walk.post_writes_nothing("delete", walk.url("delete", pk), {"post": "yes"})
    bulk_delete = {"action": "delete_selected", "_selected_action": [pk], "post": "yes"}
    walk.post_writes_nothing("bulk delete action", walk.url("changelist"), bulk_delete)
    if model is User:
        password_url = reverse("admin:auth_user_password_change", args=[pk])
        walk.get_refused("password", password_url)
        password = {"password1": "Ch4nged-by-A!", "password2": "Ch4nged-by-A!"}
        walk.post_writes_nothing("password", password_url, {**password, "usable_password": "true"})
    for source_admin, field_name, target in _autocompletes():
        if model in (source_admin.model, target):
            walk.autocomplete_hides(source_admin, field_name, target)
    walk.export_hides(walk.url("export"))
    if walk.url("import"):
        for what, content in _import_rows(model, record, ccg_a).items():
            walk.import_writes_nothing(what, content)
    walk.choices_hide("add form", walk.url("add"))
    walk.choices_hide("change form of CCG A's record", walk.url("change", own.pk))
    walk.posted_choices_refused("change form of CCG A's record", walk.url("change", own.pk))

    walked[model._meta.label] = walk.steps
    assert walk.steps >= 8, f"{model._meta.label}: the walk found too few admin URLs"
    assert not walk.breaches, "\n".join([f"{model._meta.label}:", *walk.breaches])


def _query(url: str | None, query: str) -> str | None:
    return f"{url}?{query}" if url else None


def _autocompletes():
    """(source admin, field, target model) for every autocomplete field of every admin."""
    for source_admin in admin.site._registry.values():
        admins = [
            source_admin,
            *(inline(source_admin.model, admin.site) for inline in source_admin.inlines),
        ]
        for each in admins:
            for field_name in each.autocomplete_fields:
                target = each.model._meta.get_field(field_name).remote_field.model
                # The autocomplete view answers for the registered admin of the form's model.
                source = admin.site._registry.get(each.model, source_admin)
                yield source, field_name, target


def _administrator_may(model, action: str) -> bool:
    from fnmatch import fnmatch

    perm = model_perm(model, action)
    return any(fnmatch(perm, pattern) for pattern in ROLE_PATTERNS[ADMINISTRATOR])


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_an_administrator_still_reaches_their_own_ccgs_records(
    model, client, admin_a, ccg_a, ccg_b
):
    if not (_administrator_may(model, "view") or _administrator_may(model, "change")):
        pytest.skip(f"the Administrator role does not read {model._meta.label}")
    if ccg_field_of(model) is None:
        pytest.skip(f"{model._meta.label} is every CCG's (shared data): superusers keep it")
    record = record_in(model, ccg_a)
    walk = Walk(client=client, model=model, record=record, ccg_b=ccg_b)
    client.force_login(admin_a)
    listing = client.get(walk.url("changelist"))
    assert listing.context["cl"].queryset.filter(pk=record.pk).exists()
    change_url = walk.url("change", record.pk)
    page = client.get(change_url)
    assert page.status_code == 200
    assert client.get(walk.url("history", record.pk)).status_code == 200
    version = _latest_version(record)
    revert_url = walk.url("simple_history", record.pk, version.pk) if version else None
    if revert_url:
        assert client.get(revert_url).status_code == 200
    if page.context["has_change_permission"]:
        response = client.post(change_url, form_data(page))
        errors = getattr(response, "context", None) and response.context.get("errors")
        assert response.status_code == 302, f"{model._meta.label}: {errors}"


def test_the_walk_knows_how_to_make_every_registered_model():
    missing = [model._meta.label for model in REGISTERED if model not in RECORD_FACTORIES]
    assert not missing, f"add a factory to accounts/tests/admin_records.py for {missing}"


def test_a_model_without_a_factory_fails_the_walk_by_name(ccg_b):
    from accounts.models import Notification

    with pytest.raises(pytest.fail.Exception, match="accounts.Notification .* has no factory"):
        record_in(Notification, ccg_b)
