"""A system check: every registered model admin and inline stands on the CCG walls.

`manage.py check` (and so `runserver`, `migrate` and CI) fails when a model admin does not
derive from CcgScopedAdmin, or puts another admin class (SimpleHistoryAdmin, Django's
UserAdmin, a package's mixin) before it in its bases: that class's views would run before
the walls' checks. The same for inlines and CcgScopedInline."""

from django.contrib.admin.sites import all_sites
from django.core import checks

from .base import CcgScopedAdmin, CcgScopedInline


def stands_on(cls: type, base: type) -> bool:
    """`cls` derives from `base`, and only subclasses of `base` come before it in the MRO."""
    if not issubclass(cls, base):
        return False
    mro = cls.__mro__
    return all(issubclass(ancestor, base) for ancestor in mro[: mro.index(base)])


def check_admin_scoping(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    errors = []
    for site in all_sites:
        for model, model_admin in site._registry.items():
            label = f"{model._meta.label} on {site.name}"
            if not stands_on(type(model_admin), CcgScopedAdmin):
                errors.append(
                    checks.Error(
                        f"The admin of {label} ({type(model_admin).__qualname__}) does not "
                        "stand on the CCG walls.",
                        hint="Derive it from accounts.admin.CcgScopedAdmin and list that "
                        "first among its bases.",
                        obj=type(model_admin),
                        id="accounts.E001",
                    )
                )
            for inline in model_admin.inlines:
                if not stands_on(inline, CcgScopedInline):
                    errors.append(
                        checks.Error(
                            f"The inline {inline.__qualname__} in the admin of {label} does "
                            "not stand on the CCG walls.",
                            hint="Derive it from accounts.admin.CcgScopedInline (or "
                            "CcgScopedStackedInline) and list that first among its bases.",
                            obj=inline,
                            id="accounts.E002",
                        )
                    )
    return errors
