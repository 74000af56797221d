"""Start kratomwise under gunicorn, after applying migrations. Never a development server."""

from __future__ import annotations

import ipaddress
import os
import secrets
import sys
from typing import Any

from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from kratomwise.web.wsgi import application

        return application


def prepare() -> str:
    """Configure Django, migrate the database and return where data lives. Files created from
    here on (database, WAL, keys) are private to this user, and the data directory and the files
    already in it are made private too."""
    os.umask(0o077)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kratomwise.web.settings")
    import django
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    from kratomwise.web import config

    django.setup()
    config.secure_data_dir()
    call_command("migrate", interactive=False, verbosity=0)
    connections.close_all()  # never share a connection across forked workers
    config.secure_data_dir()  # the database and WAL files may be new
    return str(settings.DATABASES["default"]["NAME"])


def ensure_ready() -> None:
    """For commands that use the database: set Django up (and migrate) unless the caller
    already did, as a test run or an embedding program has."""
    from django.apps import apps

    if not apps.ready:
        prepare()


def _is_loopback(host: str) -> bool:
    if host.strip("[]") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def setup_token(host: str) -> str | None:
    """A one-time token for creating the owner account when others can reach the server and no
    account exists yet (workers inherit it through the environment)."""
    from django.contrib.auth import get_user_model
    from django.db import connections

    from kratomwise.web.accounts.security import SETUP_TOKEN_ENV

    if _is_loopback(host):
        return None
    has_owner = get_user_model().objects.exists()
    connections.close_all()  # never share a connection across forked workers
    if has_owner:
        return None
    token = os.environ[SETUP_TOKEN_ENV] = secrets.token_urlsafe(16)
    return token


def run_server(host: str, port: int, workers: int) -> None:
    database = prepare()
    sys.stderr.write(f"kratomwise: database {database}\n")
    token = setup_token(host)
    if token:
        sys.stderr.write(
            f"kratomwise: first-run setup token (asked for at /accounts/setup/): {token}\n"
        )
    sys.stderr.write(f"kratomwise: serving on http://{_url_host(host)}:{port}/ (Ctrl+C stops)\n")
    _Gunicorn(
        {
            "bind": f"{_url_host(host)}:{port}",
            "workers": workers,
            "worker_class": "sync",
            "timeout": 60,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "kratomwise",
        }
    ).run()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
