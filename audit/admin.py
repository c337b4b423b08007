"""The access log, for Administrators: read-only, each sees only the CCGs they administer
(CcgScopedAdmin). Nobody adds, changes or deletes an entry here, not even a superuser."""

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db import connection
from django.db.models import Q

from accounts.admin import CcgScopedAdmin

from .models import Action, PersonalDataAccess
from .recording import record_view


class RecordsPersonalDataViews:
    """For the admin of a model with personal data: opening a record's page (its form, or an
    old version of it) logs a view, as the portal's own pages do."""

    personal_data_action = Action.CONTACT_VIEWED

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        self._record(request, object_id, response)
        return response

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        response = super().history_form_view(request, object_id, version_id, extra_context)
        self._record(request, object_id, response)
        return response

    def _record(self, request, object_id, response) -> None:
        if request.method == "GET" and response.status_code == 200:
            record = self.get_object(request, unquote(object_id))
            if record is not None:
                record_view(request, action=self.personal_data_action, record=record)


@admin.register(PersonalDataAccess)
class PersonalDataAccessAdmin(CcgScopedAdmin):
    list_display = [
        "at",
        "user_email",
        "action",
        "subject",
        "record_count",
        "ccg",
        "client_address",
    ]
    list_filter = ["action", ("at", admin.DateFieldListFilter), "ccg"]
    list_select_related = ["ccg"]
    date_hierarchy = "at"
    search_fields = ["user_email"]
    search_help_text = (
        "A user's e-mail address, or the number of a contact, list or feedback item "
        "(the number in the address of its page)."
    )
    fields = [
        "at",
        "ccg",
        "user_email",
        "action",
        "subject",
        "record_count",
        "record_ids",
        "filters",
        "path",
        "client_address",
    ]
    readonly_fields = fields

    @admin.display(description="subject")
    def subject(self, entry: PersonalDataAccess) -> str:
        try:
            name = apps.get_model(entry.subject_type)._meta.verbose_name
        except (LookupError, ValueError):
            name = entry.subject_type
        return f"{name} {entry.subject_id}" if entry.subject_id else f"{name} (all)"

    def get_search_results(self, request, queryset, search_term):
        """A number finds the entries about that record: asked for, or among those exported."""
        term = search_term.strip()
        if not term.isdigit():
            return super().get_search_results(request, queryset, search_term)
        about = Q(subject_id=int(term)) | Q(user_email__icontains=term)
        if connection.vendor == "postgresql":  # SQLite cannot look inside a JSON list
            about |= Q(record_ids__contains=[int(term)])
        return queryset.filter(about), False

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
