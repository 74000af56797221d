"""The page language: the browser's (LocaleMiddleware), the switcher's, or the account's.

Django's LocaleMiddleware picks a language from the switcher's cookie or Accept-Language;
:class:`LanguageMiddleware` (after authentication) lets a signed-in person's saved language win,
then makes the same language the core's (``kratomwise.i18n``) for the request, so signal texts,
triage advice and data texts are translated like the page around them. The switcher posts to
:func:`set_language`, which also saves the choice on the account of a signed-in person.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils import translation
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from kratomwise import i18n
from kratomwise.web.accounts.models import User

Handler = Callable[[HttpRequest], HttpResponse]
BUDDHIST_ERA_LANGUAGE = "th"  # the Buddhist era option applies to Thai pages only
BUDDHIST_ERA_OFFSET = 543  # BE year = CE year + 543
_buddhist_era: ContextVar[bool] = ContextVar("kratomwise_buddhist_era", default=False)


def buddhist_era() -> bool:
    """True while rendering for a person who chose Buddhist-era years on a Thai page."""
    return _buddhist_era.get()


def _account_language(request: HttpRequest) -> tuple[str, bool]:
    user = getattr(request, "user", None)
    if not isinstance(user, User):  # signed out (AnonymousUser) or before authentication
        return "", False
    return user.language, user.buddhist_era


class LanguageMiddleware:
    """The account's language over the browser's; the core speaks the page's language."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        saved, era = _account_language(request)
        if saved in i18n.CODES:
            translation.activate(saved)
            request.LANGUAGE_CODE = saved
        language = translation.get_language() or i18n.DEFAULT_LANGUAGE
        core = i18n.set_language(language)
        era_token = _buddhist_era.set(era and language == BUDDHIST_ERA_LANGUAGE)
        try:
            return self.get_response(request)
        finally:
            _buddhist_era.reset(era_token)
            i18n.reset_language(core)


@require_POST
def set_language(request: HttpRequest) -> HttpResponseBase:
    """Django's switcher view; a signed-in person's account keeps the choice too."""
    chosen = request.POST.get("language", "")
    user = getattr(request, "user", None)
    if chosen in i18n.CODES and isinstance(user, User):
        user.language = chosen
        user.save(update_fields=["language"])
    return django_set_language(request)
