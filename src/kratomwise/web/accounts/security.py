"""Login protection: the client address behind trusted proxies, passwords that do not contain
the username, and the one-time setup token for a server reachable from other machines."""

from __future__ import annotations

import hmac
import ipaddress
import os

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

SETUP_TOKEN_ENV = "KRATOMWISE_SETUP_TOKEN"
TRUSTED_PROXIES_ENV = "KRATOMWISE_TRUSTED_PROXIES"


def _networks(text: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [
        ipaddress.ip_network(part.strip(), strict=False) for part in text.split(",") if part.strip()
    ]


def _trusted(address: str, networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_ip(request: HttpRequest) -> str:
    """The address a request came from. ``X-Forwarded-For`` counts only when the connection
    comes from a proxy listed in KRATOMWISE_TRUSTED_PROXIES (addresses or networks, comma
    separated); then the right-most hop that is not a trusted proxy is the client."""
    remote = str(request.META.get("REMOTE_ADDR") or "")
    networks = _networks(os.environ.get(TRUSTED_PROXIES_ENV, ""))
    if not networks or not _trusted(remote, networks):
        return remote
    hops = [h.strip() for h in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
    for hop in reversed([h for h in hops if h]):
        if not _trusted(hop, networks):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return remote
    return remote


def setup_token_required() -> bool:
    return bool(os.environ.get(SETUP_TOKEN_ENV))


def setup_token_matches(given: str) -> bool:
    expected = os.environ.get(SETUP_TOKEN_ENV, "")
    return bool(expected) and hmac.compare_digest(given.strip().encode(), expected.encode())


class UsernameNotInPasswordValidator:
    """Refuse a password that contains the username (in any letter case)."""

    def validate(self, password: str, user: object = None) -> None:
        username = str(getattr(user, "username", "") or "").strip().lower()
        if len(username) >= 3 and username in password.lower():
            raise ValidationError(
                _("Your password must not contain your username."), code="password_has_username"
            )

    def get_help_text(self) -> str:
        return _("Your password must not contain your username.")
