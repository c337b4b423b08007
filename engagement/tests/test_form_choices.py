"""The feedback list's theme filter offers themes only of CCGs whose feedback the user may
read; a theme of any other CCG is refused as not a choice."""

import pytest
from django.urls import reverse

from accounts.tests.factories import member

from .factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comms_a_staff_b(ccg_a, ccg_b):
    user = member(ccg=ccg_a, role="Comms team")
    return member(ccg=ccg_b, role="Staff", user=user)


def test_the_theme_filter_offers_no_theme_of_a_ccg_where_the_user_is_only_staff(
    client, comms_a_staff_b, ccg_a, ccg_b
):
    ThemeFactory(ccg=ccg_a, name="Alpha parking")
    theirs = ThemeFactory(ccg=ccg_b, name="Beta parking")
    client.force_login(comms_a_staff_b)
    url = reverse("engagement:feedback_list")
    body = client.get(url).content.decode()
    assert "Alpha parking" in body and "Beta parking" not in body
    assert "theme" in client.get(url, {"theme": theirs.pk}).context["form"].errors
