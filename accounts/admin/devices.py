"""Two-factor devices (django-otp) in the admin: superusers only, like the roles.

django-otp registers its own admins, which know nothing of CCGs; they are put back here on
the walls. A device belongs to a user, not to a CCG, so CcgScopedAdmin shows it to superusers
only: the superuser resets a lost phone by deleting the device."""

from django.contrib import admin
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin as OtpStaticDeviceAdmin
from django_otp.plugins.otp_static.admin import StaticTokenInline as OtpStaticTokenInline
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin as OtpTotpDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from .base import CcgScopedAdmin, CcgScopedInline

admin.site.unregister(TOTPDevice)
admin.site.unregister(StaticDevice)


class StaticTokenInline(CcgScopedInline, OtpStaticTokenInline):
    pass


@admin.register(TOTPDevice)
class TotpDeviceAdmin(CcgScopedAdmin, OtpTotpDeviceAdmin):
    pass


@admin.register(StaticDevice)
class StaticDeviceAdmin(CcgScopedAdmin, OtpStaticDeviceAdmin):
    inlines = [StaticTokenInline]
