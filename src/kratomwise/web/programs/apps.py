from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "kratomwise.web.programs"
    label = "programs"
    verbose_name = "Programs and sharing"
