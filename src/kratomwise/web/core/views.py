from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from kratomwise.knowledge import newest_as_of
from kratomwise.web.core.dashboard import dashboard_context


def today(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        if not get_user_model().objects.exists():
            return redirect("accounts:setup")
        return redirect_to_login(request)
    return _today(request)


@login_required
def _today(request: HttpRequest) -> HttpResponse:
    return render(request, "core/today.html", dashboard_context(request))


def redirect_to_login(request: HttpRequest) -> HttpResponse:
    from django.contrib.auth.views import redirect_to_login as _redirect

    return _redirect(request.get_full_path())


def about(request: HttpRequest) -> HttpResponse:
    return render(request, "core/about.html", {"facts_as_of": newest_as_of()})


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
