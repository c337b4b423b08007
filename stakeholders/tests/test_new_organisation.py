"""Adding a contact whose organisation is not in the register yet: its name, typed in the same
form, adds it in the contact's CCG in the same service call, or finds the one already there."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.tests.forms_read import post_once
from stakeholders.models import Contact, Organisation
from stakeholders.services import contact_create

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def _person(**extra) -> dict:
    return {"kind": "journalist", "first_name": "Tom", "last_name": "Ridley", **extra}


def test_a_new_organisation_is_added_with_the_contact_in_its_ccg(ccg_a, ccg_b, comms_a):
    OrganisationFactory(ccg=ccg_b, name="The Northern Echo")  # another CCG's: not this one
    contact = contact_create(
        ccg=ccg_a, data=_person(), user=comms_a, new_organisation="  The  Northern Echo "
    )
    organisation = Organisation.objects.get(ccg=ccg_a)
    assert (organisation.name, contact.organisation) == ("The Northern Echo", organisation)


def test_an_organisation_of_the_same_name_is_found_not_added_twice(ccg_a, comms_a):
    echo = OrganisationFactory(ccg=ccg_a, name="The Northern Echo")
    contact = contact_create(
        ccg=ccg_a, data=_person(), user=comms_a, new_organisation="the northern echo"
    )
    assert contact.organisation == echo
    assert Organisation.objects.count() == 1


def test_a_refused_contact_adds_no_organisation(ccg_a, comms_a):
    with pytest.raises(ValidationError):
        contact_create(
            ccg=ccg_a,
            data=_person(last_name=""),
            user=comms_a,
            new_organisation="Darlington Hospice",
        )
    assert Organisation.objects.count() == 0


def test_choosing_one_and_typing_another_is_refused(ccg_a, comms_a):
    echo = OrganisationFactory(ccg=ccg_a, name="The Northern Echo")
    with pytest.raises(ValidationError) as refused:
        contact_create(
            ccg=ccg_a,
            data=_person(organisation=echo),
            user=comms_a,
            new_organisation="BBC Tees",
        )
    assert "new_organisation" in refused.value.message_dict


def test_the_add_contact_form_adds_the_organisation(client, ccg_a, comms_a):
    client.force_login(comms_a)
    page = client.get(reverse("stakeholders:contact_create")).content.decode()
    assert "Organisation not listed? Enter its name" in page
    response = post_once(
        client, reverse("stakeholders:contact_create"), _person(new_organisation="BBC Tees")
    )
    contact = Contact.objects.get()
    assert response["Location"] == reverse("stakeholders:contact_detail", args=[contact.pk])
    assert contact.organisation.name == "BBC Tees" and contact.organisation.ccg == ccg_a


def test_the_form_says_to_choose_one_or_the_other(client, ccg_a, comms_a):
    echo = OrganisationFactory(ccg=ccg_a, name="The Northern Echo")
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:contact_create"),
        _person(organisation=echo.pk, new_organisation="BBC Tees"),
    )
    assert response.status_code == 200
    assert (
        "Choose the organisation from the list or enter a new one&#x27;s name, not both"
        in response.content.decode()
    )
    assert Contact.objects.count() == 0 and Organisation.objects.count() == 1
