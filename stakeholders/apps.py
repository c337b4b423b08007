from django.apps import AppConfig


class StakeholdersConfig(AppConfig):
    name = "stakeholders"

    def ready(self) -> None:
        from core.jobs import job_queue_register

        from .selectors import import_job_oldest_queued

        job_queue_register(name="stakeholder import", oldest_queued=import_job_oldest_queued)
