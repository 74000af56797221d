"""Every API error is JSON ``{"detail": …}``: the declared 4xx answers, and unexpected failures
too (a 500 with a plain sentence, never Django's HTML page)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError

log = logging.getLogger("kratomwise.api")


class ErrorOut(Schema):
    detail: str


# Status codes every operation may answer besides its own: a request body or parameter that
# does not fit the schema (422) and an unexpected failure (500).
COMMON = {422: ErrorOut, 500: ErrorOut}
# ...operations that need a login (401 without one; 403 when a read-only token tries to write).
PRIVATE = {**COMMON, 401: ErrorOut}
WRITE = {**PRIVATE, 403: ErrorOut}
# ...and operations that read a JSON body: 400 when the body is not JSON at all.
NOT_JSON = 400


def responses(
    ok: Any, *others: int, private: bool = False, write: bool = False, status: int = 200
) -> dict[int, Any]:
    """The ``response=`` mapping of an operation: ``status`` ``ok``, the common errors (the
    login ones when ``private`` or ``write``) and ``others``, each ``{"detail": …}``."""
    common = WRITE if write else PRIVATE if private else COMMON
    return {status: ok, **common, **dict.fromkeys(others, ErrorOut)}


def install(api: NinjaAPI) -> None:
    """JSON bodies for every error the API can give."""

    @api.exception_handler(AuthenticationError)
    def unauthorised(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return api.create_response(request, {"detail": "log in first"}, status=401)

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        # ninja's only 400 is a body it cannot parse; say what to send instead.
        detail = _NOT_JSON if exc.status_code == NOT_JSON else str(exc)
        return api.create_response(request, {"detail": detail}, status=exc.status_code)

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        sentences = dict.fromkeys(_sentence(e) for e in exc.errors)  # once each, in order
        detail = "; ".join(sentences) or "the request is not valid"
        return api.create_response(request, {"detail": detail}, status=422)

    @api.exception_handler(Exception)
    def unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        log.exception("API request failed: %s %s", request.method, request.path)
        return api.create_response(
            request,
            {"detail": "something went wrong on our side; please try again later"},
            status=500,
        )


_NOT_JSON = "the request body is not valid JSON; send a JSON object"

# What a value that does not match a pattern should be, in words (a pattern itself is no
# sentence): pattern -> a function of the value sent.
_PATTERN_TEXTS: dict[str, Callable[[Any], str]] = {}


def explain_pattern(pattern: str, explain: Callable[[Any], str]) -> str:
    """Register the sentence for values that do not match ``pattern``; returns ``pattern``."""
    _PATTERN_TEXTS[pattern] = explain
    return pattern


# Where a value came from, as ninja names it: left out of the field name people read.
_SOURCES = {"body", "query", "path", "header", "cookie", "form", "file", "payload", "page"}


def _sentence(error: dict[str, Any]) -> str:
    """One plain sentence for one schema error: the field, then what is wrong."""
    # pydantic names its own validators in the location ("function-wrap[…]", "tuple[…]").
    loc = [str(p) for p in error.get("loc", ()) if str(p) not in _SOURCES and "[" not in str(p)]
    where = ".".join(loc) or "the request body"
    explain = _PATTERN_TEXTS.get((error.get("ctx") or {}).get("pattern", ""))
    if error.get("type") == "string_pattern_mismatch" and explain is not None:
        return f"{where} {explain(error.get('input'))}"
    return f"{where}: {error.get('msg', 'is not valid')}"
