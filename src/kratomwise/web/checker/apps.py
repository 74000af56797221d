from django.apps import AppConfig


class CheckerConfig(AppConfig):
    name = "kratomwise.web.checker"
    label = "checker"
    default_auto_field = "django.db.models.BigAutoField"
