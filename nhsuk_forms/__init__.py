"""The crispy-forms "nhsuk" template pack and the NHS.UK date widgets (fields.py).

Self-contained: it depends on Django and django-crispy-forms only, so it could be published on
its own. Add "nhsuk_forms" to INSTALLED_APPS (its templates load from the app) and set
CRISPY_TEMPLATE_PACK = "nhsuk"."""
