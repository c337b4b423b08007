"""Administrators edit their CCGs' SLA policies here (a change affects new items only)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import CcgScopedAdmin, CcgScopedImportExportAdmin, scoped_resource

from .models import (
    BriefingSchedule,
    CorrectionRequest,
    Coverage,
    Enquiry,
    LineToTake,
    MpBriefing,
    PressRelease,
    SlaPolicy,
    Spokesperson,
)


@admin.register(SlaPolicy)
class SlaPolicyAdmin(CcgScopedImportExportAdmin, SimpleHistoryAdmin):
    list_display = [
        "kind",
        "ccg",
        "holding_amount",
        "holding_unit",
        "response_amount",
        "response_unit",
        "calendar",
        "requires_sign_off",
    ]
    resource_classes = [scoped_resource(SlaPolicy, fields=list_display)]
    list_filter = ["ccg", "kind"]


@admin.register(Enquiry)
class EnquiryAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    """Read-only here: the desk's own pages apply the rules (sign-off, deadlines)."""

    list_display = ["subject", "kind", "ccg", "received_at", "responded_at", "closed_at"]
    list_filter = ["kind", "ccg", "category"]
    search_fields = ["subject", "requester_name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Spokesperson)
class SpokespersonAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["name", "job_title", "media_trained", "ccg"]


@admin.register(PressRelease)
class PressReleaseAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["title", "issued_on", "take_up", "ccg"]


@admin.register(Coverage)
class CoverageAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["headline", "outlet", "published_on", "tone", "ccg"]


@admin.register(LineToTake)
class LineToTakeAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    """Read-only here: the library's pages check who may sign a line off and what it is shared
    with (the admin's pickers would offer every CCG's people)."""

    list_display = ["topic", "ccg", "signed_off_on", "valid_until"]
    search_fields = ["topic", "text"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(CorrectionRequest)
class CorrectionRequestAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    """Read-only here: the desk's pages check the dates against the coverage."""

    list_display = ["coverage", "requested_of", "requested_on", "outcome", "ccg"]
    list_filter = ["outcome", "ccg"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(BriefingSchedule)
class BriefingScheduleAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    """Read-only here: the MP's page sets briefings up (one schedule per MP, MPs only)."""

    list_display = ["contact", "starts_on", "owner", "active", "ccg"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(MpBriefing)
class MpBriefingAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    """Read-only here: the daily job makes them; the MP's page records them held."""

    list_display = ["schedule", "quarter_start", "due_on", "held_on", "ccg"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
