"""Administrators manage users, CCGs, localities, closure days and memberships here.

A CCG administrator sees only their own CCGs and the users who belong to them; the superuser
sees everything."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from simple_history.admin import SimpleHistoryAdmin

from .forms import UserAdminChangeForm, UserAdminCreationForm
from .models import Ccg, ClosureDay, Locality, Membership, User
from .roles import ADMINISTRATOR


def administered_ccg_ids(request) -> list[int]:
    return list(
        Membership.objects.filter(user=request.user, role__name=ADMINISTRATOR).values_list(
            "ccg_id", flat=True
        )
    )


class CcgScopedAdmin(admin.ModelAdmin):
    """For models with a `ccg` field: only the CCGs the user administers."""

    ccg_lookup = "ccg_id__in"

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        return qs.filter(**{self.ccg_lookup: administered_ccg_ids(request)})

    def get_list_filter(self, request):
        # The plain "ccg" filter would list every CCG's name; offer only those in the queryset.
        return [
            ("ccg", admin.RelatedOnlyFieldListFilter) if f == "ccg" else f
            for f in super().get_list_filter(request)
        ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "ccg" and not request.user.is_superuser:
            kwargs["queryset"] = Ccg.objects.filter(id__in=administered_ccg_ids(request))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class LocalityInline(admin.TabularInline):
    model = Locality
    extra = 0


class ClosureDayInline(admin.TabularInline):
    model = ClosureDay
    extra = 0


class MembershipInline(admin.TabularInline):
    """On a user: only the roles they hold in CCGs the administrator administers."""

    model = Membership
    extra = 0
    autocomplete_fields = ["user"]

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        return qs.filter(ccg_id__in=administered_ccg_ids(request))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "ccg" and not request.user.is_superuser:
            kwargs["queryset"] = Ccg.objects.filter(id__in=administered_ccg_ids(request))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Ccg)
class CcgAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    ccg_lookup = "id__in"
    list_display = ["name", "ods_code", "nation", "population"]
    search_fields = ["name", "ods_code"]
    inlines = [LocalityInline, ClosureDayInline, MembershipInline]


@admin.register(Membership)
class MembershipAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["user", "ccg", "role"]
    list_filter = ["role", "ccg"]
    autocomplete_fields = ["user"]


@admin.register(User)
class UserAdmin(BaseUserAdmin, SimpleHistoryAdmin):
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
    inlines = [MembershipInline]

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        return qs.filter(memberships__ccg_id__in=administered_ccg_ids(request)).distinct()


from . import admin_lockout  # noqa: E402, F401  (locked-out sign-ins: a module of its own)
