from django.apps import AppConfig


class MediaDeskConfig(AppConfig):
    name = "media_desk"
