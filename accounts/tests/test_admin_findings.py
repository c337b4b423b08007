"""The admin holes found when a CCG's Administrator tried the walls, one test each (findings 1-4).

Each of these passed through on the code before the scoped admin base; the walk in
test_admin_walls.py covers the same ground for every registered model."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import Ccg, Membership
from media_desk.tests.factories import logged_enquiry
from stakeholders.models import Contact
from stakeholders.tests.factories import ContactFactory

from .admin_records import form_data
from .factories import member

pytestmark = pytest.mark.django_db

REFUSED = {302, 403, 404}


def _latest_version(obj):
    return obj.history.order_by("-history_date", "-history_id").first()


def _revert_url(obj) -> str:
    opts = obj._meta
    version = _latest_version(obj)
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, version.pk]
    )


def _history_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])


def _revert_form(client, superuser, obj) -> dict:
    """The revert form as a superuser sees it, ready to post back."""
    client.force_login(superuser)
    data = form_data(client.get(_revert_url(obj)))
    client.logout()
    return data


# Finding 1: the history pages ignored the CCG filter.


def test_it_refuses_to_show_or_revert_another_ccgs_user_through_its_history(
    client, superuser, admin_a, comms_b
):
    data = _revert_form(client, superuser, comms_b)
    data.update(email="taken-over@example.org", is_staff="on", is_superuser="on")
    client.force_login(admin_a)
    shown = client.get(_revert_url(comms_b))
    assert shown.status_code in REFUSED and comms_b.email not in shown.content.decode()
    assert client.post(_revert_url(comms_b), data).status_code in REFUSED
    comms_b.refresh_from_db()
    assert comms_b.email != "taken-over@example.org" and not comms_b.is_superuser


def test_it_refuses_to_rename_another_ccg_through_its_history(client, superuser, admin_a, ccg_b):
    data = _revert_form(client, superuser, ccg_b)
    data["name"] = "Renamed by another CCG"
    client.force_login(admin_a)
    assert client.post(_revert_url(ccg_b), data).status_code in REFUSED
    assert Ccg.objects.get(pk=ccg_b.pk).name == "NHS Beta CCG"


def test_it_refuses_to_move_another_ccgs_contact_through_its_history(
    client, superuser, admin_a, ccg_a, ccg_b
):
    contact = ContactFactory(ccg=ccg_b, notes="")
    data = _revert_form(client, superuser, contact)
    data.update(ccg=str(ccg_a.pk), notes="Ours now")
    client.force_login(admin_a)
    assert client.post(_revert_url(contact), data).status_code in REFUSED
    contact.refresh_from_db()
    assert contact.ccg_id == ccg_b.pk and contact.notes == ""


def test_it_refuses_a_revert_the_role_may_not_make_even_in_the_own_ccg(
    client, superuser, admin_a, ccg_a
):
    # An Administrator only reads contacts: the history page shows them, reverting is refused.
    contact = ContactFactory(ccg=ccg_a, notes="")
    data = _revert_form(client, superuser, contact)
    data["notes"] = "Changed by an administrator"
    client.force_login(admin_a)
    assert client.get(_revert_url(contact)).status_code == 200
    assert client.post(_revert_url(contact), data).status_code == 403
    assert Contact.objects.get(pk=contact.pk).notes == ""


def test_it_refuses_the_history_lists_of_another_ccgs_records(client, admin_a, ccg_b, comms_b):
    enquiry = logged_enquiry(ccg=ccg_b, logged_by=comms_b, subject="Secret subject of Beta")
    contact = ContactFactory(ccg=ccg_b, last_name="Betaonly")
    membership = Membership.objects.get(user=comms_b, ccg=ccg_b)
    client.force_login(admin_a)
    for obj, secret in [
        (enquiry, enquiry.subject),
        (contact, contact.last_name),
        (membership, comms_b.email),
        (comms_b, comms_b.email),
    ]:
        response = client.get(_history_url(obj))
        assert response.status_code in REFUSED, obj._meta.label
        assert secret not in response.content.decode(), obj._meta.label


def test_it_refuses_the_history_of_another_ccgs_deleted_record(client, admin_a, ccg_b):
    contact = ContactFactory(ccg=ccg_b, last_name="Deletedbeta")
    url = _history_url(contact)
    contact.delete()
    client.force_login(admin_a)
    response = client.get(url)
    assert response.status_code in REFUSED and "Deletedbeta" not in response.content.decode()


# Finding 2: an Administrator could make themselves superuser.


def test_it_refuses_an_administrator_making_themselves_superuser(client, admin_a):
    client.force_login(admin_a)
    url = reverse("admin:accounts_user_change", args=[admin_a.pk])
    data = form_data(client.get(url))
    data.update(is_superuser="on", is_staff="on")
    client.post(url, data)
    admin_a.refresh_from_db()
    assert not admin_a.is_superuser


def test_it_refuses_an_administrator_granting_staff_or_superuser_to_their_own_member(
    client, admin_a, comms_a
):
    client.force_login(admin_a)
    url = reverse("admin:accounts_user_change", args=[comms_a.pk])
    data = form_data(client.get(url))
    data.update(is_superuser="on", is_staff="on")
    client.post(url, data)
    comms_a.refresh_from_db()
    assert not comms_a.is_superuser and not comms_a.is_staff


# Finding 3: a membership for another CCG's user, by raw id, then their password.


def test_it_refuses_a_membership_for_another_ccgs_user_by_raw_id(client, admin_a, ccg_a, comms_b):
    client.force_login(admin_a)
    role = Group.objects.get(name="Staff")
    data = {"user": comms_b.pk, "ccg": ccg_a.pk, "role": role.pk}
    response = client.post(reverse("admin:accounts_membership_add"), data)
    assert response.status_code == 200  # the form again, with the error on the user
    assert "user" in response.context["adminform"].form.errors
    assert not Membership.objects.filter(user=comms_b, ccg=ccg_a).exists()


def test_it_refuses_setting_the_password_of_another_ccgs_user(client, admin_a, comms_b):
    client.force_login(admin_a)
    url = reverse("admin:auth_user_password_change", args=[comms_b.pk])
    old_hash = comms_b.password
    data = {"password1": "N3w-pa55word-x", "password2": "N3w-pa55word-x", "usable_password": "true"}
    assert client.get(url).status_code in REFUSED
    assert client.post(url, data).status_code in REFUSED
    comms_b.refresh_from_db()
    assert comms_b.password == old_hash


def test_a_shared_users_password_email_and_active_flag_are_beyond_one_ccgs_administrator(
    client, admin_a, ccg_a, ccg_b
):
    shared = member(ccg=ccg_a, role="Comms team")
    member(ccg=ccg_b, role="Comms team", user=shared)
    email, old_hash = shared.email, shared.password
    client.force_login(admin_a)
    password_url = reverse("admin:auth_user_password_change", args=[shared.pk])
    data = {"password1": "N3w-pa55word-x", "password2": "N3w-pa55word-x", "usable_password": "true"}
    assert client.post(password_url, data).status_code == 403
    change_url = reverse("admin:accounts_user_change", args=[shared.pk])
    page = client.get(change_url)
    assert page.status_code == 200
    assert not {"email", "is_active", "full_name"} & set(form_data(page))
    client.post(change_url, {"email": "moved@example.org", "full_name": "X"})
    shared.refresh_from_db()
    assert (shared.email, shared.password, shared.is_active) == (email, old_hash, True)


def test_a_shared_user_can_be_given_a_role_in_the_administrators_ccg(client, admin_a, ccg_a, ccg_b):
    # Staffordshire's six CCGs share one team: a member of another CCG too can join ours.
    ccg_a2 = Ccg.objects.create(name="NHS Alpha Two CCG", ods_code="A02")
    member(ccg=ccg_a2, role="Administrator", user=admin_a)
    shared = member(ccg=ccg_a, role="Comms team")
    member(ccg=ccg_b, role="Comms team", user=shared)
    client.force_login(admin_a)
    role = Group.objects.get(name="Comms team")
    data = {"user": shared.pk, "ccg": ccg_a2.pk, "role": role.pk}
    response = client.post(reverse("admin:accounts_membership_add"), data)
    assert response.status_code == 302
    assert Membership.objects.filter(user=shared, ccg=ccg_a2).exists()


# Finding 4: the comms-lead dropdown listed every user of every CCG.


def test_the_comms_lead_choices_and_post_are_limited_to_the_administrators_ccgs(
    client, admin_a, comms_a, comms_b, ccg_a
):
    client.force_login(admin_a)
    url = reverse("admin:accounts_ccg_change", args=[ccg_a.pk])
    page = client.get(url)
    choices = page.context["adminform"].form.fields["comms_lead"].queryset
    assert comms_a in choices and comms_b not in choices
    data = form_data(page)
    data["comms_lead"] = str(comms_b.pk)
    response = client.post(url, data)
    assert response.status_code == 200 and "comms_lead" in response.context["adminform"].form.errors
    ccg_a.refresh_from_db()
    assert ccg_a.comms_lead_id is None
