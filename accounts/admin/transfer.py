"""Reference data in and out of the admin with django-import-export, inside the CCG walls.

`CcgScopedImportExportAdmin` is a `CcgScopedAdmin` with django-import-export's import and export
buttons. Its resources (`scoped_resource`) are made per request and scoped like the admin's own
forms (base.py):
- export: the rows of the admin's list as filtered (its `get_queryset`: the CCGs administered);
- import: a row names its CCG by ODS code and its other links by id, each looked up only among
  the records of the CCGs where the user may write the model, so a row naming another CCG is
  an error ("does not exist"); an existing record is found only among the rows the admin shows,
  and each row is checked again before it is saved (may add it, or change the stored record
  and its result), so an id of another CCG's record is refused, never overwritten;
- permissions (CcgScopedAdmin's): export needs view, import needs add or change, of the model
  in some administered CCG; a model without a CCG moves only for superusers.
Every model instance is validated (`full_clean`) before it is saved."""

from django.core.exceptions import ValidationError
from import_export import resources, widgets
from import_export.admin import ImportExportModelAdmin
from import_export.forms import ExportForm

from ..models import Ccg
from .base import CcgScopedAdmin

REFUSED = "You cannot import rows into this CCG, or change this record."


class ScopedForeignKeyWidget(widgets.ForeignKeyWidget):
    """Looks a link up among the records the user may point to (the admin's form choices)."""

    def __init__(self, model, field: str, *, key_is_id: bool, choices):
        super().__init__(model, field, key_is_id=key_is_id)
        self.choices = choices

    def get_queryset(self, value, row, *args, **kwargs):
        return self.choices(self.model._default_manager.all())

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            name = self.model._meta.verbose_name
            raise ValueError(f"No {name} {value} in the CCGs you administer.") from None


class CcgScopedResource(resources.ModelResource):
    def __init__(self, *, request=None, admin=None, **kwargs):
        super().__init__(**kwargs)
        self.request, self.admin = request, admin
        if admin is None:  # outside the admin (the shell, a test): no walls to stand on
            return
        for field in self.fields.values():
            widget = field.widget
            if not isinstance(widget, widgets.ForeignKeyWidget):
                continue
            key, by_id = widget.field, widget.key_is_id
            if widget.model is Ccg:  # the CCG by its ODS code, not its id
                field.attribute, key, by_id = field.column_name, "ods_code", False
            field.widget = ScopedForeignKeyWidget(
                widget.model,
                key,
                key_is_id=by_id,
                choices=lambda queryset: admin.scoped_choices(request, queryset),
            )

    def get_queryset(self):
        """Where an imported row's id is looked up: the admin's rows, no others."""
        if self.admin is None:
            return super().get_queryset()
        return self.admin.get_queryset(self.request)

    def before_save_instance(self, instance, row, **kwargs):
        super().before_save_instance(instance, row, **kwargs)
        if self.admin is None or self.request.user.is_superuser:
            return
        stored = self.admin.stored(instance)
        if stored is not None and not self.admin.may(self.request, "change", stored):
            raise ValidationError(REFUSED)
        if not self.admin.may(self.request, "change" if stored else "add", instance):
            raise ValidationError(REFUSED)


def scoped_resource(model, *, fields, base=CcgScopedResource):
    """A resource for `model` with these columns (id first: it finds the record to update)."""
    meta = type(
        "Meta",
        (),
        {
            "model": model,
            "fields": ["id", *fields],
            "import_id_fields": ["id"],
            "clean_model_instances": True,
            "skip_unchanged": True,
            "report_skipped": True,
        },
    )
    return type(f"{model.__name__}Resource", (base,), {"Meta": meta, "__module__": __name__})


class CcgScopedImportExportAdmin(CcgScopedAdmin, ImportExportModelAdmin):
    """A CcgScopedAdmin with import and export. Set `resource_classes` (scoped_resource)."""

    export_form_class = ExportForm  # every column of the resource: it imports back

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {
            **super().get_resource_kwargs(request, *args, **kwargs),
            "request": request,
            "admin": self,
        }
