import pytest

from accounts.models import User


@pytest.fixture
def superuser(db):
    # No password: hashing one costs a second or more, and force_login needs none.
    return User.objects.create_superuser(email="root@example.nhs.uk", full_name="Root")
