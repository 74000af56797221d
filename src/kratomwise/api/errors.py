"""Every API error is JSON ``{"detail": …}``: the declared 4xx answers, and unexpected failures
too (a 500 with a plain sentence, never Django's HTML page)."""

from __future__ import annotations

import logging
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError

log = logging.getLogger("kratomwise.api")


class ErrorOut(Schema):
    detail: str


class ValidationItemOut(Schema):
    type: str
    loc: list[str | int]
    msg: str


class ValidationErrorOut(Schema):
    detail: list[ValidationItemOut]


# Status codes every operation may answer besides its own: a request body or parameter that
# does not fit the schema (422) and an unexpected failure (500).
COMMON = {422: ValidationErrorOut | ErrorOut, 500: ErrorOut}
# ...and operations that need a login.
PRIVATE = {**COMMON, 401: ErrorOut}


def responses(ok: Any, *others: int, private: bool = False) -> dict[int, Any]:
    """The ``response=`` mapping of an operation: 200 ``ok``, the common errors and ``others``
    (each answered with ``{"detail": …}``)."""
    return {200: ok, **(PRIVATE if private else COMMON), **dict.fromkeys(others, ErrorOut)}


def install(api: NinjaAPI) -> None:
    """JSON bodies for every error the API can give."""

    @api.exception_handler(AuthenticationError)
    def unauthorised(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return api.create_response(request, {"detail": "log in first"}, status=401)

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        items = [
            {"type": str(e.get("type", "")), "loc": list(e.get("loc", ())), "msg": e.get("msg", "")}
            for e in exc.errors
        ]
        return api.create_response(request, {"detail": items}, status=422)

    @api.exception_handler(Exception)
    def unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        log.exception("API request failed: %s %s", request.method, request.path)
        return api.create_response(
            request,
            {"detail": "something went wrong on our side; please try again later"},
            status=500,
        )
