"""The environment of a test run, set before Django reads its settings: pytest.ini loads this
module as a plugin (`-p tests.environment`), ahead of pytest-django.

The tests run the production settings (DEBUG off, as pytest-django wants it anyway), with:
- a test-only SECRET_KEY, since the settings refuse to start without one when DEBUG is off
  (`make test` exports the same one for `manage.py check`);
- plain HTTP: the test client and the live server speak HTTP, so no redirect to HTTPS;
- static files from the finders: collectstatic's manifest (hashed names) is a deployment step,
  so the pages name the files as they are and WhiteNoise serves them from the sources."""

import os

TEST_SECRET_KEY = "test-only-insecure-key-never-use-outside-the-tests"  # noqa: S105

os.environ.setdefault("SECRET_KEY", TEST_SECRET_KEY)
os.environ.setdefault("SECURE_SSL_REDIRECT", "False")


def pytest_configure(config):
    from django.conf import settings

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
