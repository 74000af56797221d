"""The Today page gathers a little from each personal section that exists."""

from __future__ import annotations

from django.http import HttpRequest


def dashboard_context(request: HttpRequest) -> dict[str, object]:
    return {"sections": []}
