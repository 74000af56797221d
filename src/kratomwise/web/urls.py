from django.contrib import admin
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import include, path
from django.views import defaults

from kratomwise.api import api
from kratomwise.web.core.language import set_language

urlpatterns = [
    path("", include("kratomwise.web.core.urls")),
    path("accounts/", include("kratomwise.web.accounts.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("evidence/", include("kratomwise.web.evidence.urls")),
    path("help/", include("kratomwise.web.help.urls")),
    path("checkins/", include("kratomwise.web.checkins.urls")),
    path("journal/", include("kratomwise.web.journal.urls")),
    path("taper/", include("kratomwise.web.taper.urls")),
    path("interactions/", include("kratomwise.web.interactions.urls")),
    path("law/", include("kratomwise.web.law.urls")),
    path("check/", include("kratomwise.web.checker.urls")),
    path("", include("kratomwise.web.programs.urls")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """API paths answer JSON even for a URL that does not exist (the README's promise)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "no such API endpoint"}, status=404)
    return defaults.page_not_found(request, exception)


handler404 = not_found
