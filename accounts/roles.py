"""The four roles and what each may do, as permission patterns.

A role is a Django Group; its permissions are every `app_label.codename` that matches one of
its patterns (fnmatch). `sync_role_permissions` makes the groups match this table exactly; the
accounts data migration calls it, and so does each app's migration that adds models."""

from fnmatch import fnmatch

ADMINISTRATOR = "Administrator"
COMMS = "Comms team"
GOVERNING_BODY = "Governing body"
STAFF = "Staff"
ROLES = (ADMINISTRATOR, COMMS, GOVERNING_BODY, STAFF)

FEATURE_APPS = ("stakeholders", "campaigns", "engagement", "media_desk", "reporting")

ROLE_PATTERNS: dict[str, tuple[str, ...]] = {
    # Users, roles, CCGs, SLA policies, closure days, lists; reads everything else, and the
    # access log of personal data (which nobody can change: see audit/admin.py).
    ADMINISTRATOR: (
        "accounts.*",
        "audit.view_personaldataaccess",
        "media_desk.*_slapolicy",
        "engagement.*_engagementpolicy",
        "stakeholders.*_distributionlist",
        "reporting.*_kpitarget",
        "reporting.*_reportdistribution",
        *(f"{app}.view_*" for app in FEATURE_APPS),
    ),
    # Runs everything in the four registers.
    COMMS: (*(f"{app}.*" for app in FEATURE_APPS), "accounts.view_locality"),
    # Read-only dashboards and reports, and published items; no personal data.
    GOVERNING_BODY: (
        "reporting.view_*",
        "campaigns.view_*",
        "engagement.view_*",
        "media_desk.view_pressrelease",
        "media_desk.view_coverage",
    ),
    # Logs a media call or an MP letter and follows what they logged; sees the campaign
    # calendar (titles and dates: no personal data).
    STAFF: ("media_desk.log_enquiry", "campaigns.view_calendar"),
}


def role_permission_ids(permissions, patterns: tuple[str, ...]) -> list[int]:
    """Matching permissions; of the audit-history models only "view" is ever granted."""
    return [
        perm.pk
        for perm in permissions
        if any(fnmatch(f"{perm.content_type.app_label}.{perm.codename}", p) for p in patterns)
        and not (
            perm.codename.split("_", 1)[1].startswith("historical")
            and not perm.codename.startswith("view_")
        )
    ]


def sync_role_permissions(apps, schema_editor=None) -> None:
    """Create the role groups and set their permissions from ROLE_PATTERNS (idempotent)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(Permission.objects.select_related("content_type"))
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(role_permission_ids(permissions, ROLE_PATTERNS[role]))
