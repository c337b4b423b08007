from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import CcgScopedAdmin

from .models import Contact, Organisation


@admin.register(Organisation)
class OrganisationAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["name", "type", "ccg"]
    list_filter = ["type", "ccg"]
    search_fields = ["name"]


@admin.register(Contact)
class ContactAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["last_name", "first_name", "kind", "organisation", "ccg"]
    list_filter = ["kind", "ccg"]
    search_fields = ["last_name", "first_name", "email"]
