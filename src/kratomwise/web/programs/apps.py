from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "kratomwise.web.programs"
    label = "programs"
    verbose_name = "Programs and sharing"

    def ready(self) -> None:
        from kratomwise.web.programs import signals  # noqa: F401  (registers the receivers)
