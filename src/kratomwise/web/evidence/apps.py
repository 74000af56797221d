from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "kratomwise.web.evidence"
    label = "evidence"
    default_auto_field = "django.db.models.BigAutoField"
