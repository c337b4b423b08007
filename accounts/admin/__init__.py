"""Administrators manage users, CCGs, localities, closure days and memberships here.

A CCG's administrator sees only the CCGs they administer and the users who belong to them;
the superuser sees everything. Every model admin of every app derives from `CcgScopedAdmin`
(base.py: the walls) and every inline from `CcgScopedInline`; checks.py enforces it."""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group
from simple_history.admin import SimpleHistoryAdmin

from .. import calendar_changes
from ..forms import UserAdminChangeForm, UserAdminCreationForm
from ..models import Ccg, ClosureDay, ExtraBankHoliday, Locality, Membership, User
from ..services import user_staff_sync
from .base import CcgScopedAdmin, CcgScopedInline, CcgScopedStackedInline
from .transfer import CcgScopedImportExportAdmin, CcgScopedResource, scoped_resource

__all__ = [
    "CcgScopedAdmin",
    "CcgScopedImportExportAdmin",
    "CcgScopedInline",
    "CcgScopedStackedInline",
    "scoped_resource",
]

# Only a superuser grants these: they open every CCG, or admin access outside the roles.
SUPERUSER_ONLY_FIELDS = ["is_superuser", "is_staff", "groups", "user_permissions"]


class StaffFollowsRoles(CcgScopedAdmin):
    """Admin access follows the Administrator role (services.user_staff_sync), whichever
    admin page grants or removes a membership through its inline."""

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Membership:
            rows = [*formset.new_objects, *(obj for obj, _ in formset.changed_objects)]
            for user in {row.user for row in [*rows, *formset.deleted_objects]}:
                user_staff_sync(user=user)


class LocalityInline(CcgScopedInline):
    model = Locality
    extra = 0


class ClosureDayInline(CcgScopedInline):
    model = ClosureDay
    extra = 0


class MembershipInline(CcgScopedInline):
    """On a CCG: its members. The user list offers only members of CCGs you administer."""

    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


class UserMembershipInline(MembershipInline):
    """On a user: only the roles they hold in CCGs the administrator administers. A user
    an administrator adds needs one, or they would belong to no CCG and vanish from view."""

    def get_min_num(self, request, obj=None, **kwargs):
        return 1 if obj is None and not request.user.is_superuser else 0


class ClosureDaysMoveDeadlines(CcgScopedAdmin):
    """A closure day added, moved or removed on any admin page moves the open deadlines it
    touches at once (accounts.calendar_changes), not at each item's next edit."""

    def save_formset(self, request, form, formset, change):
        if formset.model is not ClosureDay:
            return super().save_formset(request, form, formset, change)
        pks = [f.instance.pk for f in formset.forms if f.instance.pk]
        before = ClosureDay.objects.select_related("ccg").in_bulk(pks)
        super().save_formset(request, form, formset, change)
        for day in formset.new_objects:
            calendar_changes.closure_day_saved(day=day, before=None)
        for day, _ in formset.changed_objects:
            calendar_changes.closure_day_saved(day=day, before=before.get(day.pk))
        for day in formset.deleted_objects:
            calendar_changes.closure_day_deleted(day=before.get(day.pk, day))


@admin.register(Ccg)
class CcgAdmin(ClosureDaysMoveDeadlines, StaffFollowsRoles, SimpleHistoryAdmin):
    list_display = ["name", "ods_code", "nation", "population"]
    search_fields = ["name", "ods_code"]
    inlines = [LocalityInline, ClosureDayInline, MembershipInline]

    def save_model(self, request, obj, form, change):
        before = self.stored(obj)
        super().save_model(request, obj, form, change)
        calendar_changes.ccg_hours_saved(ccg=obj, before=before)


@admin.register(Locality)
class LocalityAdmin(CcgScopedImportExportAdmin):
    """Also on the CCG's page; here for import and export."""

    list_display = ["name", "ccg", "population", "reach_target_percent"]
    list_filter = ["ccg"]
    search_fields = ["name"]
    resource_classes = [
        scoped_resource(Locality, fields=["ccg", "name", "population", "reach_target_percent"])
    ]


class ClosureDaysImported(CcgScopedResource):
    """An imported closure day moves open deadlines as one saved on its page does (the check
    is a dry run: nothing is recorded until the import is confirmed)."""

    def before_save_instance(self, instance, row, **kwargs):
        super().before_save_instance(instance, row, **kwargs)
        stored = ClosureDay.objects.select_related("ccg").filter(pk=instance.pk)
        self._stored = stored.first() if instance.pk else None

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        if not kwargs.get("dry_run"):
            calendar_changes.closure_day_saved(day=instance, before=self._stored)


@admin.register(ClosureDay)
class ClosureDayAdmin(CcgScopedImportExportAdmin):
    """Also on the CCG's page; here for import and export (a year's training days at once)."""

    list_display = ["date", "reason", "ccg"]
    list_filter = ["ccg"]
    date_hierarchy = "date"
    resource_classes = [
        scoped_resource(ClosureDay, fields=["ccg", "date", "reason"], base=ClosureDaysImported)
    ]

    def save_model(self, request, obj, form, change):
        before = self.stored(obj)
        super().save_model(request, obj, form, change)
        calendar_changes.closure_day_saved(day=obj, before=before)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        calendar_changes.closure_day_deleted(day=obj)

    def delete_queryset(self, request, queryset):
        days = list(queryset.select_related("ccg"))
        super().delete_queryset(request, queryset)
        for day in days:
            calendar_changes.closure_day_deleted(day=day)


@admin.register(ExtraBankHoliday)
class ExtraBankHolidayAdmin(CcgScopedAdmin):
    """A royal occasion announced before the `holidays` package lists it. Shared by every CCG
    of the nation, so only a superuser records one; open deadlines it touches move at once."""

    list_display = ["date", "name", "nation"]
    list_filter = ["nation"]

    def save_model(self, request, obj, form, change):
        before = self.stored(obj)
        super().save_model(request, obj, form, change)
        calendar_changes.extra_bank_holiday_saved(holiday=obj, before=before)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        calendar_changes.extra_bank_holiday_deleted(holiday=obj)

    def delete_queryset(self, request, queryset):
        holidays = list(queryset)
        super().delete_queryset(request, queryset)
        for holiday in holidays:
            calendar_changes.extra_bank_holiday_deleted(holiday=holiday)


@admin.register(Membership)
class MembershipAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["user", "ccg", "role"]
    list_filter = ["role", "ccg"]
    autocomplete_fields = ["user"]

    def save_model(self, request, obj, form, change):
        before = self.stored(obj)
        super().save_model(request, obj, form, change)
        for user in {obj.user, before.user if before else obj.user}:
            user_staff_sync(user=user)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        user_staff_sync(user=obj.user)

    def delete_queryset(self, request, queryset):
        users = {membership.user for membership in queryset.select_related("user")}
        super().delete_queryset(request, queryset)
        for user in users:
            user_staff_sync(user=user)


@admin.register(User)
class UserAdmin(StaffFollowsRoles, BaseUserAdmin, SimpleHistoryAdmin):
    """A user shared with a CCG you do not administer is read-only to you (their e-mail,
    name, password and active flag belong to every CCG they work for); give them a role in
    your CCG from the membership list or your CCG's page."""

    form = UserAdminChangeForm
    add_form = UserAdminCreationForm
    ordering = ["email"]
    list_display = ["email", "full_name", "is_active", "is_staff"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "full_name", "password"]}),
        ("Status", {"fields": ["is_active", "is_staff", "is_superuser"]}),
    ]
    add_fieldsets = [(None, {"fields": ["email", "full_name", "password1", "password2"]})]
    filter_horizontal = []
    list_filter = ["is_active", "is_staff"]
    inlines = [UserMembershipInline]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += [name for name in SUPERUSER_ONLY_FIELDS if name not in fields]
        return fields


admin.site.unregister(Group)


@admin.register(Group)
class RoleAdmin(CcgScopedAdmin, BaseGroupAdmin):
    """The four roles: shared by every CCG and set by accounts/roles.py, so superusers only."""


from . import devices, lockout  # noqa: E402, F401  (two-factor devices, locked-out sign-ins)
