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
from .linked import (
    LinkedRecord,
    linked_records_of_contact,
    linked_records_of_organisation,
    linked_source_register,
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
from .similar import Suggestion, contacts_like

__all__ = [
    "ADD_IMPORT",
    "CONSENT_CHOICES",
    "DEFAULT_RETENTION_YEARS",
    "ContactFilters",
    "LinkedRecord",
    "Suggestion",
    "contact_counts",
    "contact_filter_choices",
    "contact_list",
    "contacts_like",
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
    "linked_records_of_contact",
    "linked_records_of_organisation",
    "linked_source_register",
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
