"""Every write to the register, as typed functions with keyword-only arguments.

Views, tasks, the import command and other apps call these; nothing else writes."""

from .consent import (
    distribution_list_create,
    distribution_list_update,
    subscription_create,
    subscription_withdraw,
    suppression_add,
)
from .gdpr import contact_erase, contact_retention_keep
from .imports import (
    IMPORT_TIME_LIMIT,
    import_job_apply,
    import_job_cancel,
    import_job_check,
    import_job_confirm,
    import_job_create,
    import_job_start,
    import_jobs_sweep,
)
from .interactions import interaction_record
from .maps import (
    map_entry_add,
    map_entry_remove,
    map_entry_update,
    stakeholder_map_create,
    stakeholder_map_update,
)
from .register import (
    contact_create,
    contact_suppressed,
    contact_update,
    organisation_create,
    organisation_find_or_create,
    organisation_update,
    segment_create,
    segment_update,
)

__all__ = [
    "IMPORT_TIME_LIMIT",
    "contact_create",
    "contact_erase",
    "contact_retention_keep",
    "contact_suppressed",
    "contact_update",
    "distribution_list_create",
    "distribution_list_update",
    "import_job_apply",
    "import_job_cancel",
    "import_job_check",
    "import_job_confirm",
    "import_job_create",
    "import_job_start",
    "import_jobs_sweep",
    "interaction_record",
    "map_entry_add",
    "map_entry_remove",
    "map_entry_update",
    "organisation_create",
    "organisation_find_or_create",
    "organisation_update",
    "segment_create",
    "segment_update",
    "stakeholder_map_create",
    "stakeholder_map_update",
    "subscription_create",
    "subscription_withdraw",
    "suppression_add",
]
