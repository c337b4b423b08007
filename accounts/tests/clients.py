"""The suite's test client (the `client` fixture, root conftest.py).

In this portal signing in has two steps for some users: the password, then a code from an
authenticator app. `client.force_login(user)` and `client.login(...)` stand for a *whole*
sign-in: for a user who has two-factor, or must have it (Administrators, staff, superusers),
the session is also marked as having passed the second step with their app, given one here if
they have none (as the set-up page would). Tests of the steps themselves do not use these:
they post to the real login, verify and set-up pages (accounts/tests/test_two_factor.py), and
test_it_forces_login_to_pass_the_second_step_only_when_asked pins what this shortcut does."""

from django.test import Client, RequestFactory
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.security.selectors import two_factor_status


class SignedInClient(Client):
    def login(self, **credentials):
        # django-axes refuses an authenticate() call without the request it counts against.
        credentials.setdefault("request", RequestFactory().post("/login/"))
        return super().login(**credentials)

    def _login(self, user, backend=None):  # both login() and force_login() end here
        super()._login(user, backend)
        status = two_factor_status(user=user)
        if not (status.required or status.has_device):
            return
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="Test app", confirmed=True)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
