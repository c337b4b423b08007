import pytest

from stakeholders.tests.factories import ContactFactory


@pytest.fixture
def mp_a(ccg_a):
    return ContactFactory(
        ccg=ccg_a, kind="mp", first_name="Jordan", last_name="Hartley", constituency="Darlington"
    )


@pytest.fixture
def mp_b(ccg_b):
    return ContactFactory(ccg=ccg_b, kind="mp", first_name="Morgan", last_name="Reilly")
