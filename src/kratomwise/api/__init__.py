"""The JSON API (django-ninja). One router module per domain, mounted under /api/."""

from __future__ import annotations

from importlib import import_module

from ninja import NinjaAPI

from kratomwise import __version__
from kratomwise.api import errors

# (module, url prefix) — each module exposes ``router``.
ROUTERS = (
    ("facts", "/facts"),
    ("interactions", "/interactions"),
    ("law", "/law"),
    ("assess", "/assess"),
    ("journal", "/journal"),
    ("taper", "/taper"),
    ("taper_checkins", "/taper"),
    ("checkins", "/checkins"),
    ("claims", "/check"),
)

api = NinjaAPI(
    title="kratomwise API",
    version=__version__,
    description="Cited facts, interactions, legal status, instruments and the claim checker. "
    "Every statement carries the fact ids it rests on.",
    urls_namespace="api",
)

errors.install(api)

for module, prefix in ROUTERS:
    api.add_router(prefix, import_module(f"kratomwise.api.{module}").router)
