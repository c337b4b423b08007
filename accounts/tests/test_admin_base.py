"""The scoped admin base is structural: a model admin that does not stand on it fails the
system check, and the Administrator's allowed work still goes through."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import CcgScopedAdmin, CcgScopedInline
from accounts.admin.checks import check_admin_scoping
from accounts.models import Ccg, ClosureDay, Locality, Membership, User
from media_desk.models import SlaPolicy
from media_desk.tests.factories import SlaPolicyFactory

from .admin_records import form_data
from .factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_site():
    site = admin.AdminSite(name="checks_test_site")
    yield site
    admin.sites.all_sites.discard(site)


def _errors(site) -> list[str]:
    return [error.id for error in check_admin_scoping() if site.name in error.msg]


def test_the_check_passes_for_every_registered_admin():
    assert check_admin_scoping() == []


def test_the_check_fails_for_a_plain_model_admin(other_site):
    other_site.register(Locality, admin.ModelAdmin)
    assert _errors(other_site) == ["accounts.E001"]


def test_the_check_fails_when_another_admin_class_comes_before_the_base(other_site):
    class HistoryFirst(SimpleHistoryAdmin, CcgScopedAdmin):
        pass

    other_site.register(Locality, HistoryFirst)
    assert _errors(other_site) == ["accounts.E001"]


def test_the_check_fails_for_a_plain_inline(other_site):
    class PlainInline(admin.TabularInline):
        model = Locality

    class ScopedInline(CcgScopedInline):
        model = ClosureDay

    class WithInlines(CcgScopedAdmin):
        inlines = [PlainInline, ScopedInline]

    other_site.register(Ccg, WithInlines)
    assert _errors(other_site) == ["accounts.E002"]


# The walls do not simply block everything: the Administrator's own work goes through.


def test_an_administrator_reverts_their_own_ccg_from_its_history(client, admin_a, ccg_a):
    ccg_a.name = "NHS Alpha CCG (renamed by mistake)"
    ccg_a.save()
    first = ccg_a.history.order_by("history_date", "history_id").first()
    url = reverse("admin:accounts_ccg_simple_history", args=[ccg_a.pk, first.pk])
    client.force_login(admin_a)
    response = client.post(url, form_data(client.get(url)))
    assert response.status_code == 302
    assert Ccg.objects.get(pk=ccg_a.pk).name == "NHS Alpha CCG"


def test_a_revert_restores_only_what_the_form_edits(client, admin_a, ccg_a, comms_a):
    # A version in which the user was a superuser: reverting to it must not make them one.
    User.objects.filter(pk=comms_a.pk).update(is_superuser=True)
    comms_a.refresh_from_db()
    comms_a.full_name = "Old name"
    comms_a.save()  # a version with is_superuser=True
    User.objects.filter(pk=comms_a.pk).update(is_superuser=False)
    comms_a.refresh_from_db()
    comms_a.full_name = "New name"
    comms_a.save()
    old = comms_a.history.get(full_name="Old name")
    url = reverse("admin:accounts_user_simple_history", args=[comms_a.pk, old.pk])
    client.force_login(admin_a)
    response = client.post(url, form_data(client.get(url)))
    assert response.status_code == 302
    comms_a.refresh_from_db()
    assert comms_a.full_name == "Old name" and not comms_a.is_superuser


def test_an_administrator_adds_a_user_with_a_role_in_their_ccg(client, admin_a, ccg_a):
    client.force_login(admin_a)
    url = reverse("admin:accounts_user_add")
    data = form_data(client.get(url))
    data.update(
        email="new.starter@example.nhs.uk",
        full_name="New Starter",
        password1="Long-enough-pa55",
        password2="Long-enough-pa55",
        **{"memberships-0-ccg": ccg_a.pk, "memberships-0-role": Group.objects.get(name="Staff").pk},
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    user = User.objects.get(email="new.starter@example.nhs.uk")
    assert Membership.objects.filter(user=user, ccg=ccg_a).exists()


def test_an_administrator_cannot_add_a_user_who_belongs_to_no_ccg(client, admin_a):
    client.force_login(admin_a)
    url = reverse("admin:accounts_user_add")
    data = form_data(client.get(url))
    data.update(email="orphan@example.nhs.uk", full_name="Orphan", password1="Long-enough-pa55")
    data["password2"] = "Long-enough-pa55"
    response = client.post(url, data)
    assert response.status_code == 200  # the form again: one role is required
    assert not User.objects.filter(email="orphan@example.nhs.uk").exists()


def test_an_administrator_sets_the_password_of_a_user_only_in_their_ccgs(client, admin_a, comms_a):
    client.force_login(admin_a)
    url = reverse("admin:auth_user_password_change", args=[comms_a.pk])
    data = {"password1": "N3w-pa55word-x", "password2": "N3w-pa55word-x", "usable_password": "true"}
    assert client.post(url, data).status_code == 302
    comms_a.refresh_from_db()
    assert comms_a.check_password("N3w-pa55word-x")


def test_granting_the_administrator_role_in_the_admin_opens_the_admin_to_them(
    client, admin_a, ccg_a, comms_a
):
    client.force_login(admin_a)
    membership = Membership.objects.get(user=comms_a, ccg=ccg_a)
    url = reverse("admin:accounts_membership_change", args=[membership.pk])
    data = form_data(client.get(url))
    data["role"] = Group.objects.get(name="Administrator").pk
    assert client.post(url, data).status_code == 302
    comms_a.refresh_from_db()
    assert comms_a.is_staff


def test_an_administrator_bulk_deletes_their_own_ccgs_policies(client, admin_a, ccg_a):
    policy = SlaPolicyFactory(ccg=ccg_a, kind="foi")
    client.force_login(admin_a)
    data = {"action": "delete_selected", "_selected_action": [policy.pk], "post": "yes"}
    assert client.post(reverse("admin:media_desk_slapolicy_changelist"), data).status_code == 302
    assert not SlaPolicy.objects.filter(pk=policy.pk).exists()


def test_an_action_runs_only_on_records_the_role_may_change(other_site, rf, admin_a, ccg_a):
    # A custom action that names no permission could be run by anyone who may view: the base
    # asks for "change" on every selected record, and the Administrator only views enquiries.
    from media_desk.admin import EnquiryAdmin
    from media_desk.models import Enquiry
    from media_desk.tests.factories import logged_enquiry

    @admin.action(description="Close them")
    def close_them(modeladmin, request, queryset):
        queryset.update(closure_note="Closed from the admin")

    class EnquiryWithAction(EnquiryAdmin):
        actions = [close_them]

    other_site.register(Enquiry, EnquiryWithAction)
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=member(ccg=ccg_a, role="Comms team"))
    request = rf.post("/")
    request.user = admin_a
    model_admin = other_site.get_model_admin(Enquiry)
    run = model_admin.get_actions(request)["close_them"][0]
    with pytest.raises(PermissionDenied):
        run(model_admin, request, Enquiry.objects.filter(pk=enquiry.pk))
    assert Enquiry.objects.get(pk=enquiry.pk).closure_note == ""


def test_the_raw_id_box_names_only_a_record_it_would_accept(ccg_a, ccg_b):
    from accounts.admin.base import ScopedRawIdWidget
    from stakeholders.models import Contact, Organisation
    from stakeholders.tests.factories import OrganisationFactory

    ours, theirs = OrganisationFactory(ccg=ccg_a), OrganisationFactory(ccg=ccg_b)
    rel = Contact._meta.get_field("organisation").remote_field
    widget = ScopedRawIdWidget(rel, admin.site, queryset=Organisation.objects.filter(ccg=ccg_a))
    assert widget.label_and_url_for_value(theirs.pk) == ("", "")
    assert ours.name in str(widget.label_and_url_for_value(ours.pk)[0])


def test_a_record_moved_from_another_ccg_shows_only_its_versions_in_ours(
    client, admin_a, ccg_a, ccg_b
):
    from stakeholders.tests.factories import ContactFactory

    contact = ContactFactory(ccg=ccg_b, organisation=None, notes="Written in Beta")
    contact.ccg, contact.notes = ccg_a, "Now with Alpha"
    contact.save()
    client.force_login(admin_a)
    page = client.get(reverse("admin:stakeholders_contact_history", args=[contact.pk]))
    assert page.status_code == 200
    shown = list(page.context["page_obj"].object_list)
    assert shown and {version.ccg_id for version in shown} == {ccg_a.pk}


def test_the_history_of_a_deleted_record_of_our_ccg_stays_readable(client, admin_a, ccg_a):
    from stakeholders.tests.factories import ContactFactory

    contact = ContactFactory(ccg=ccg_a, organisation=None)
    url = reverse("admin:stakeholders_contact_history", args=[contact.pk])
    contact.delete()
    client.force_login(admin_a)
    assert client.get(url).status_code == 200


def test_a_role_in_a_ccg_they_do_not_administer_does_not_carry_into_the_admin(
    client, admin_a, ccg_a, ccg_b
):
    from stakeholders.tests.factories import ContactFactory

    member(ccg=ccg_b, role="Comms team", user=admin_a)  # runs B's register in the portal
    ours, theirs = ContactFactory(ccg=ccg_a), ContactFactory(ccg=ccg_b)
    client.force_login(admin_a)
    listed = client.get(reverse("admin:stakeholders_contact_changelist")).context["cl"].queryset
    assert ours in listed and theirs not in listed
    change_url = reverse("admin:stakeholders_contact_change", args=[theirs.pk])
    assert client.get(change_url).status_code == 302
