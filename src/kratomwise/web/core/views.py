from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from kratomwise.knowledge import newest_as_of
from kratomwise.web.core.dashboard import dashboard_context


def today(request: HttpRequest) -> HttpResponse:
    """The personal dashboard; on first run, the owner setup page instead."""
    if not request.user.is_authenticated:
        if not get_user_model().objects.exists():
            return redirect("accounts:setup")
        return redirect_to_login(request.get_full_path())
    return render(request, "core/today.html", dashboard_context(request))


def about(request: HttpRequest) -> HttpResponse:
    return render(request, "core/about.html", {"facts_as_of": newest_as_of()})


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
