"""Second factor, re-authentication and session limits for people who see others' data."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from kratomwise.sharing import MFA_ROLES
from kratomwise.web.programs import audit
from kratomwise.web.programs.access import roles_of

IDLE_LIMIT = 15 * 60  # seconds without a request before a clinician session ends
ABSOLUTE_LIMIT = 12 * 3600  # seconds after sign-in, whatever the activity
REAUTH_WINDOW = 5 * 60  # a password typed this recently allows consent, MFA and export changes

View = Callable[..., HttpResponse]


def needs_mfa(request: HttpRequest) -> bool:
    return bool(roles_of(request.user) & MFA_ROLES)


class ClinicianSessionMiddleware:
    """End sessions of MFA roles after 15 idle minutes or 12 hours, whichever comes first."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and needs_mfa(request):
            now = time.time()
            started = request.session.setdefault("kw_started", now)
            last = request.session.get("kw_last_seen", now)
            if now - last > IDLE_LIMIT or now - started > ABSOLUTE_LIMIT:
                audit.record(action="E", resource="session", outcome="timed_out", request=request)
                logout(request)
                return redirect(f"{reverse('accounts:login')}?{urlencode({'next': request.path})}")
            request.session["kw_last_seen"] = now
        return self.get_response(request)


def mfa_required(view: View) -> View:
    """Only for a signed-in user whose second factor was checked in this session."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect(f"{reverse('accounts:login')}?{urlencode({'next': request.path})}")
        # django-otp's middleware adds is_verified to the user; django-otp ships no types.
        if not request.user.is_verified():  # type: ignore[attr-defined]
            return redirect(f"{reverse('programs:mfa')}?{urlencode({'next': request.path})}")
        return view(request, *args, **kwargs)

    return wrapped


def recently_authenticated(request: HttpRequest) -> bool:
    return time.time() - float(request.session.get("kw_reauth_at", 0)) <= REAUTH_WINDOW


def reauth_required(view: View) -> View:
    """Ask for the password again before consent changes, MFA changes and exports."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not recently_authenticated(request):
            return redirect(
                f"{reverse('programs:reauth')}?{urlencode({'next': request.get_full_path()})}"
            )
        return view(request, *args, **kwargs)

    return wrapped
