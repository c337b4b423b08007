from django.core.management.base import BaseCommand

from demo.services import demo_data_load


class Command(BaseCommand):
    help = "Load the demo CCGs, users, stakeholders and awareness days (safe to run again)."

    def handle(self, *args, **options):
        counts = demo_data_load()
        self.stdout.write(self.style.SUCCESS(f"Demo data ready: {counts}"))
