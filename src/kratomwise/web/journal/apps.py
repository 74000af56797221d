from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "kratomwise.web.journal"
    label = "journal"
    default_auto_field = "django.db.models.BigAutoField"
