from django.apps import AppConfig


class MediaDeskConfig(AppConfig):
    name = "media_desk"

    def ready(self) -> None:
        from stakeholders.selectors import linked_source_register

        from .selectors import enquiries_of_contacts

        # The register's contact and organisation pages list a person's letters and enquiries.
        linked_source_register(name="media desk", source=enquiries_of_contacts)
