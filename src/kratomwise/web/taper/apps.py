from django.apps import AppConfig


class TaperConfig(AppConfig):
    name = "kratomwise.web.taper"
    label = "taper"
    default_auto_field = "django.db.models.BigAutoField"
