import pytest


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """The demo drafts FOI letters (DOCX files): they go to the test's own folder."""
    settings.MEDIA_ROOT = tmp_path
