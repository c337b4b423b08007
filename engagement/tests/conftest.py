import pytest

from accounts.tests.factories import LocalityFactory


@pytest.fixture
def bootle(ccg_a):
    return LocalityFactory(ccg=ccg_a, name="Bootle", population=58000)
