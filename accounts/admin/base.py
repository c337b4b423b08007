"""The base of every ModelAdmin and inline in the portal: the Django admin's CCG walls.

A CCG's Administrator reaches, through any admin URL (lists, add, change, delete, history,
revert, autocomplete, raw-id lookups, actions, password change), only records of the CCGs they
administer, and only with the permissions their role gives there. Every registered admin
derives from `CcgScopedAdmin` and every inline from `CcgScopedInline`; the system check in
checks.py fails when one does not, so a model admin added later is covered without anyone
remembering. Superusers see and do everything, as in plain Django.

The walls are built in layers, so that a mistake in one is caught by the next:
- rows: `get_queryset` keeps the CCGs where the role may view or change the model, so another
  CCG's record is "not found" on every page that looks a record up (django-simple-history's
  pages included, which look records up themselves and are overridden here);
- permissions: per record, answered by accounts.backends.MembershipBackend from the record's
  CCGs (a user shared with a CCG you do not administer is view-only to you);
- choices: every foreign key and many-to-many in a form lists and accepts only records of the
  CCGs where the user may write this model (validated on POST: it is the field's queryset);
- writes: saving, deleting, inline rows and actions check each record's permission again
  before anything is written, in the state before and after the change."""

import functools

from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.admin.utils import NotRelationField, get_fields_from_path, unquote
from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.contrib.auth.models import Group
from django.core.exceptions import (
    FieldDoesNotExist,
    MultipleObjectsReturned,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import router, transaction
from django.http import Http404

from ..roles import ADMINISTRATOR, ROLES
from ..scoping import (
    Scope,
    ccg_field_of,
    filter_to_ccgs,
    model_perm,
    owning_ccg_ids,
    writing_ccg_ids,
)
from ..selectors import scope_for_user

ACTIONS = ("view", "add", "change", "delete")


def admin_scope(request) -> Scope:
    """The user's roles in the CCGs they administer; the admin never acts in any other CCG
    (a comms-team role elsewhere is used in the portal's own pages, not here)."""
    scope = getattr(request, "_admin_scope", None)
    if scope is None:
        held = scope_for_user(user=request.user)
        administered = [ccg for ccg, role in held.roles.items() if role == ADMINISTRATOR]
        scope = Scope(
            permissions={ccg: held.permissions[ccg] for ccg in administered},
            roles={ccg: ADMINISTRATOR for ccg in administered},
        )
        request._admin_scope = scope
    return scope


class ScopedRawIdWidget(ForeignKeyRawIdWidget):
    """Names the chosen record next to the raw-id box only when it is one of the choices
    (the plain widget looks any id up, so a posted id would show another CCG's name)."""

    def __init__(self, rel, admin_site, *, queryset, **kwargs):
        super().__init__(rel, admin_site, **kwargs)
        self.queryset = queryset

    def label_and_url_for_value(self, value):
        key = self.rel.get_related_field().name
        try:
            self.queryset.get(**{key: value})
        except (ValueError, ValidationError, ObjectDoesNotExist, MultipleObjectsReturned):
            return "", ""
        return super().label_and_url_for_value(value)


class CcgScoping:
    """Rows, permissions and form choices, shared by the model admin and the inline bases."""

    def ccg_ids_for(self, request, action: str, model=None) -> frozenset[int] | None:
        """The administered CCGs where the role may `action` the model; None means all."""
        if request.user.is_superuser:
            return None
        return admin_scope(request).ccg_ids_with(model_perm(model or self.model, action))

    def may_model(self, request, action: str) -> bool:
        ccg_ids = self.ccg_ids_for(request, action)
        return ccg_ids is None or bool(ccg_ids)

    def may(self, request, action: str, obj) -> bool:
        """May `action` this record: it is of administered CCGs, and the backend agrees."""
        user = request.user
        if user.is_superuser:
            return user.is_active
        ccg_ids = owning_ccg_ids(obj) if action == "view" else writing_ccg_ids(obj)
        allowed = self.ccg_ids_for(request, action, type(obj))
        inside = bool(ccg_ids & allowed) if action == "view" else ccg_ids <= allowed
        return bool(ccg_ids) and inside and user.has_perm(model_perm(type(obj), action), obj)

    def require(self, request, action: str, obj) -> None:
        if obj is None or not self.may(request, action, obj):
            raise PermissionDenied

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        viewable = self.ccg_ids_for(request, "view")
        if viewable is None:
            return queryset
        return filter_to_ccgs(queryset, viewable | self.ccg_ids_for(request, "change"))

    def scoped_choices(self, request, queryset):
        """What a form of this model may point to: records of the CCGs where the user may
        write this model. Roles are shared by every CCG; any other shared data is for
        superusers (fail closed: a new kind of foreign key offers nothing until scoped)."""
        if request.user.is_superuser:
            return queryset
        if queryset.model is Group:
            return queryset.filter(name__in=ROLES)
        writable = self.ccg_ids_for(request, "add") | self.ccg_ids_for(request, "change")
        return filter_to_ccgs(queryset, writable)

    def _choices(self, db_field, request, kwargs):
        queryset = kwargs.get("queryset")
        if queryset is None:
            queryset = self.get_field_queryset(kwargs.get("using"), db_field, request)
        if queryset is None:
            queryset = db_field.remote_field.model._default_manager.using(kwargs.get("using"))
        return self.scoped_choices(request, queryset)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs["queryset"] = self._choices(db_field, request, kwargs)
        if "widget" not in kwargs and db_field.name in self.raw_id_fields:
            kwargs["widget"] = ScopedRawIdWidget(
                db_field.remote_field,
                self.admin_site,
                queryset=kwargs["queryset"],
                using=kwargs.get("using"),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs["queryset"] = self._choices(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class CcgScopedAdmin(CcgScoping, admin.ModelAdmin):
    """The base of every ModelAdmin (put it first, before SimpleHistoryAdmin or Django's
    UserAdmin, so that its checks run before theirs)."""

    # Permissions: per model for menus and buttons, per record for everything else.

    def has_module_permission(self, request):
        return request.user.is_superuser or any(self.may_model(request, a) for a in ACTIONS)

    def has_view_permission(self, request, obj=None):
        if obj is None:
            return self.may_model(request, "view") or self.may_model(request, "change")
        return self.may(request, "view", obj) or self.may(request, "change", obj)

    def has_add_permission(self, request):
        # A new CCG belongs to none of the administrator's CCGs: adding tenants is the
        # superuser's job. Shared data (roles) likewise.
        if request.user.is_superuser:
            return super().has_add_permission(request)
        placeable = ccg_field_of(self.model) not in (None, "pk")
        return placeable and self.may_model(request, "add")

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return self.may_model(request, "change")
        return self.may(request, "change", obj)

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return self.may_model(request, "delete")
        return self.may(request, "delete", obj)

    # django-import-export's buttons, when a subclass adds its mixin. The library lets anyone
    # who reaches the admin import unless told otherwise; here the walls hold by default, and
    # data without a CCG (a national list) is every CCG's, so only a superuser moves it.

    def has_import_permission(self, request):
        if ccg_field_of(self.model) is None:
            return request.user.is_superuser
        return self.may_model(request, "add") or self.may_model(request, "change")

    def has_export_permission(self, request):
        if ccg_field_of(self.model) is None:
            return request.user.is_superuser
        return self.has_view_permission(request)

    # Lists: a filter on a relation lists only values found in the rows shown.

    def get_list_filter(self, request):
        return [self._related_only(entry) for entry in super().get_list_filter(request)]

    def _related_only(self, entry):
        if not isinstance(entry, str):
            return entry
        try:
            field = get_fields_from_path(self.model, entry)[-1]
        except (FieldDoesNotExist, NotRelationField):
            return entry
        return (entry, admin.RelatedOnlyFieldListFilter) if field.is_relation else entry

    # Actions: each runs only if the user may do its permission on every selected record.

    def get_actions(self, request):
        return {
            name: (self._guarded(func), name, description)
            for name, (func, name, description) in super().get_actions(request).items()
        }

    def _guarded(self, func):
        needed = getattr(func, "allowed_permissions", None) or ("change",)

        @functools.wraps(func)
        def run(modeladmin, request, queryset):
            for obj in queryset:
                for action in needed:
                    modeladmin.require(request, action, obj)
            return func(modeladmin, request, queryset)

        return run

    # Writes: checked per record before anything is written.

    def stored(self, obj):
        return type(obj)._default_manager.filter(pk=obj.pk).first() if obj.pk else None

    def save_model(self, request, obj, form, change):
        if not request.user.is_superuser:
            if change:
                self.require(request, "change", self.stored(obj))
                if getattr(request, "_history_revert", False):
                    self._keep_fields_the_form_does_not_edit(obj, form)
                self.require(request, "change", obj)
            elif "__" not in (ccg_field_of(type(obj)) or ""):
                self.require(request, "add", obj)
            # else: a user belongs to CCGs through memberships, saved with the inlines;
            # save_related checks the result.
        super().save_model(request, obj, form, change)

    def _keep_fields_the_form_does_not_edit(self, obj, form):
        """Reverting to a version restores only what the form edits: a read-only field (a
        user's superuser flag, say) keeps its current value rather than the version's."""
        stored = self.stored(obj)
        editable = {name for name, field in form.fields.items() if not field.disabled}
        for field in type(obj)._meta.concrete_fields:
            if not field.primary_key and field.name not in editable:
                setattr(obj, field.attname, getattr(stored, field.attname))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not request.user.is_superuser:
            self.require(request, "change" if change else "add", form.instance)

    def save_formset(self, request, form, formset, change):
        if not request.user.is_superuser:
            formset.save(commit=False)  # sorts the rows into new, changed and deleted; no write
            for obj in formset.deleted_objects:
                self.require(request, "delete", self.stored(obj))
            for obj, _changed in formset.changed_objects:
                self.require(request, "change", self.stored(obj))
                self.require(request, "change", obj)
            for obj in formset.new_objects:
                self.require(request, "add", obj)
        super().save_formset(request, form, formset, change)

    def delete_model(self, request, obj):
        if not request.user.is_superuser:
            self.require(request, "delete", self.stored(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        if not request.user.is_superuser:
            for obj in queryset:
                self.require(request, "delete", obj)
        super().delete_queryset(request, queryset)

    # History: django-simple-history looks records and versions up itself (and shows a
    # deleted record's last version), so every history page goes through the rows and
    # permissions above first. Without SimpleHistoryAdmin these reach Django's own view.

    def history_view(self, request, object_id, extra_context=None):
        if not request.user.is_superuser:
            obj = self.get_object(request, unquote(object_id))
            if obj is None:  # deleted: its last version says which CCG it was
                versions = self._versions(object_id)
                last = versions.order_by("-history_date").first() if versions is not None else None
                if last is None or not self.has_view_permission(request, last.instance):
                    raise Http404
        return super().history_view(request, object_id, extra_context)

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        versions = super().get_history_queryset(request, history_manager, pk_name, object_id)
        path = ccg_field_of(self.model)
        if request.user.is_superuser or path is None or "__" in path or path == "pk":
            return versions
        # A record moved between CCGs: its versions from another CCG stay there.
        seen = self.ccg_ids_for(request, "view") | self.ccg_ids_for(request, "change")
        return versions.filter(**{f"{path}__in": seen})

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if not request.user.is_superuser:
            versions = self._versions(object_id, history_id=version_id)
            version = versions.first() if versions is not None else None
            current = self.get_object(request, unquote(object_id))
            if version is None or current is None:
                raise Http404  # another CCG's, or deleted (recreating one is a superuser's job)
            if not self.has_view_permission(request, version.instance):
                raise Http404
            if request.method == "POST" and not self.has_change_permission(request, current):
                raise PermissionDenied
            request._history_revert = True
        with transaction.atomic(using=router.db_for_write(self.model)):
            return super().history_form_view(request, object_id, version_id, extra_context)

    def _versions(self, object_id, **lookups):
        """The record's versions (None when the model keeps no history; none for a bad id)."""
        manager = getattr(self.model._meta, "simple_history_manager_attribute", None)
        if manager is None:
            return None
        history = getattr(self.model, manager)
        try:
            return history.filter(**{self.opts.pk.attname: unquote(object_id)}, **lookups)
        except (ValueError, ValidationError):
            return history.none()


class CcgScopedInline(CcgScoping, InlineModelAdmin):
    """The base of every inline (tabular by default). `obj` in the permission checks is the
    record the inline is on; each row is checked when saved (CcgScopedAdmin.save_formset)."""

    template = "admin/edit_inline/tabular.html"

    def has_view_permission(self, request, obj=None):
        scoped = self.may_model(request, "view") or self.may_model(request, "change")
        return scoped and super().has_view_permission(request, obj)

    def has_add_permission(self, request, obj):
        return self.may_model(request, "add") and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self.may_model(request, "change") and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.may_model(request, "delete") and super().has_delete_permission(request, obj)


class CcgScopedStackedInline(CcgScopedInline):
    template = "admin/edit_inline/stacked.html"
