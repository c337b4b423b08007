"""Thin views: validate, call one service (or selector), message, redirect."""

from .activity import (
    interaction_create,
    map_entry_create,
    subscription_create,
    subscription_withdraw,
)
from .contacts import contact_create, contact_detail, contact_edit, contact_export, contact_list
from .gdpr import contact_erase, contact_retention_keep, contact_subject_access, retention_review
from .imports import (
    import_cancel,
    import_confirm,
    import_create,
    import_detail,
    import_list,
    import_report,
    import_status,
)
from .lists import list_create, list_detail, list_edit, list_export, list_index
from .maps import (
    map_create,
    map_detail,
    map_edit,
    map_entry_edit,
    map_entry_remove,
    mapping_overview,
)
from .organisations import (
    organisation_create,
    organisation_detail,
    organisation_edit,
    organisation_export,
    organisation_list,
    segment_create,
    segment_edit,
    segment_list,
)

__all__ = [
    "contact_create",
    "contact_detail",
    "contact_edit",
    "contact_erase",
    "contact_export",
    "contact_list",
    "contact_retention_keep",
    "contact_subject_access",
    "import_cancel",
    "import_confirm",
    "import_create",
    "import_detail",
    "import_list",
    "import_report",
    "import_status",
    "interaction_create",
    "list_create",
    "list_detail",
    "list_edit",
    "list_export",
    "list_index",
    "map_create",
    "map_detail",
    "map_edit",
    "map_entry_create",
    "map_entry_edit",
    "map_entry_remove",
    "mapping_overview",
    "organisation_create",
    "organisation_detail",
    "organisation_edit",
    "organisation_export",
    "organisation_list",
    "retention_review",
    "segment_create",
    "segment_edit",
    "segment_list",
    "subscription_create",
    "subscription_withdraw",
]
