from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp

from accounts.models import User
from accounts.security.selectors import totp_device_confirmed
from demo import data


class Command(BaseCommand):
    help = "Print the current two-factor code of a demo account (demo accounts only)."

    def add_arguments(self, parser):
        parser.add_argument("email", help="e.g. admin@demo.nhs.uk")

    def handle(self, *args, email: str, **options):
        # Only the demo accounts, whose secret the README publishes anyway: for a real account
        # this would be a way round its second factor.
        if email.lower() not in data.DEMO_TOTP_USERS:
            raise CommandError(
                f"email: {email} is not a demo account with two-factor sign-in "
                f"({', '.join(data.DEMO_TOTP_USERS)})."
            )
        user = User.objects.filter(email__iexact=email).first()
        device = totp_device_confirmed(user=user) if user else None
        if device is None:
            raise CommandError(f"email: {email} has no authenticator; run load_demo_data first.")
        code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        self.stdout.write(f"{code:0{device.digits}d}")
