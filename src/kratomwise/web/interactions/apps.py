from django.apps import AppConfig


class InteractionsConfig(AppConfig):
    name = "kratomwise.web.interactions"
    label = "interactions"
    default_auto_field = "django.db.models.BigAutoField"
