"""Which contact fields an import reads, writes and compares, defined once so they cannot drift.

PLAIN_FIELDS are copied from a row as they are; the writer also sets e-mail and notes (merged,
never blanked); the register index compares organisation and format needs as well."""

PLAIN_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "job_title",
    "phone",
    "mobile",
    "address",
    "kind",
    "constituency",
    "party",
    "authority",
    "ward",
    "preferred_language",
    "interest",
    "influence",
    "locality_id",
    "relationship_owner_id",
)
CONTACT_FIELDS = (*PLAIN_FIELDS, "email", "notes")
CURRENT_FIELDS = (*CONTACT_FIELDS, "organisation_id", "format_needs")
