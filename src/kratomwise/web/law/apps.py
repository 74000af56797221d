from django.apps import AppConfig


class LawConfig(AppConfig):
    name = "kratomwise.web.law"
    label = "law"
    default_auto_field = "django.db.models.BigAutoField"
