"""django-import-export's Resources for contacts: the paths the benchmark measures the
register's import against (`bench/stakeholders_import.py`), the library's default (row by row)
and its bulk mode tuned for speed.

It reads the register's canonical headers (headers.COLUMNS), finds people by e-mail, and
saves one row at a time through the model, so simple_history records each. It has none of
the import's matching, merging, suppression or reporting: it is the baseline, not a second
way in (the admin does not offer it)."""

from import_export import fields, resources, widgets

from accounts.models import Ccg, Locality
from stakeholders.models import Contact, ContactKind, Organisation

from .headers import BY_FIELD


class KindWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        labels = {label.casefold(): code for code, label in ContactKind.choices}
        return labels.get(str(value or "").strip().casefold(), ContactKind.STAKEHOLDER)


class ScopedForeignKeyWidget(widgets.ForeignKeyWidget):
    """Looks the name up among the CCG's own records only."""

    def __init__(self, queryset, field: str):
        super().__init__(queryset.model, field)
        self.queryset = queryset

    def get_queryset(self, value, row, *args, **kwargs):
        return self.queryset


class ScopedCachedForeignKeyWidget(ScopedForeignKeyWidget, widgets.CachedForeignKeyWidget):
    """The CCG's records, read once and looked up in memory (the library's cached widget)."""


class ContactResource(resources.ModelResource):
    def __init__(self, *, ccg: Ccg):
        super().__init__()
        self.ccg = ccg
        organisations = Organisation.objects.for_ccgs([ccg.pk])
        self.fields["organisation"].widget = ScopedForeignKeyWidget(organisations, "name")
        localities = Locality.objects.filter(ccg=ccg)
        self.fields["locality"].widget = ScopedForeignKeyWidget(localities, "name")

    title = fields.Field("title", BY_FIELD["title"].header)
    first_name = fields.Field("first_name", BY_FIELD["first_name"].header)
    last_name = fields.Field("last_name", BY_FIELD["last_name"].header)
    job_title = fields.Field("job_title", BY_FIELD["job_title"].header)
    organisation = fields.Field("organisation", BY_FIELD["organisation"].header)
    email = fields.Field("email", BY_FIELD["email"].header)
    phone = fields.Field("phone", BY_FIELD["phone"].header)
    kind = fields.Field("kind", BY_FIELD["kind"].header, widget=KindWidget())
    locality = fields.Field("locality", BY_FIELD["locality"].header)
    interest = fields.Field("interest", BY_FIELD["interest"].header, widget=widgets.IntegerWidget())
    influence = fields.Field(
        "influence", BY_FIELD["influence"].header, widget=widgets.IntegerWidget()
    )
    notes = fields.Field("notes", BY_FIELD["notes"].header)

    class Meta:
        model = Contact
        import_id_fields = ["email"]
        fields = [
            "title",
            "first_name",
            "last_name",
            "job_title",
            "organisation",
            "email",
            "phone",
            "kind",
            "locality",
            "interest",
            "influence",
            "notes",
        ]

    def get_queryset(self):
        return Contact.objects.for_ccgs([self.ccg.pk])

    def before_save_instance(self, instance, row, **kwargs):
        instance.ccg = self.ccg


class BulkContactResource(ContactResource):
    """The library tuned as its documentation advises for large files: `use_bulk` (bulk_create
    in batches of `batch_size`), `skip_diff` (no copy and comparison of each instance),
    `force_init_instance` (no look-up of an existing contact: every row is new, so it suits an
    empty register only), and cached look-ups of organisations and localities. Bulk saves skip
    `save()` and signals: no simple_history versions are recorded."""

    def __init__(self, *, ccg: Ccg):
        super().__init__(ccg=ccg)
        for name in ("organisation", "locality"):
            widget = self.fields[name].widget
            self.fields[name].widget = ScopedCachedForeignKeyWidget(widget.queryset, widget.field)

    class Meta(ContactResource.Meta):
        use_bulk = True
        batch_size = 1000
        skip_diff = True
        force_init_instance = True
