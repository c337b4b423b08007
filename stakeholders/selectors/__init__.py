"""Every read of the register, through the scoping mechanism (visible_to / for_ccgs)."""

from .contacts import (
    CONSENT_CHOICES,
    ContactFilters,
    contact_filter_choices,
    contact_list,
    contacts_of_kinds,
    search_filter,
    segment_with_descendants,
)
from .gdpr import DEFAULT_RETENTION_YEARS, contact_subject_access, retention_review
from .imports import (
    ADD_IMPORT,
    import_job_list,
    import_job_notice,
    import_job_oldest_queued,
    import_lists,
    import_report_rows,
    import_report_sections,
)
from .lists import (
    distribution_list_summaries,
    list_sizes_over_time,
    subscribers,
    withdrawals,
)
from .mapping import map_entries_of, mapping_overview, stakeholder_map_grid, stakeholder_map_list
from .organisations import (
    contact_counts,
    organisation_filter_localities,
    organisation_list,
)
from .register import contact_related, lists_open_for, maps_for, organisation_related

__all__ = [
    "ADD_IMPORT",
    "CONSENT_CHOICES",
    "DEFAULT_RETENTION_YEARS",
    "ContactFilters",
    "contact_counts",
    "contact_filter_choices",
    "contact_list",
    "contact_related",
    "contact_subject_access",
    "contacts_of_kinds",
    "distribution_list_summaries",
    "import_job_list",
    "import_lists",
    "import_job_notice",
    "import_job_oldest_queued",
    "import_report_rows",
    "import_report_sections",
    "list_sizes_over_time",
    "lists_open_for",
    "map_entries_of",
    "mapping_overview",
    "maps_for",
    "organisation_filter_localities",
    "organisation_list",
    "organisation_related",
    "retention_review",
    "search_filter",
    "segment_with_descendants",
    "stakeholder_map_grid",
    "stakeholder_map_list",
    "subscribers",
    "withdrawals",
]
