"""The shape every simple form page shares."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def form_page(
    request: HttpRequest,
    form: forms.ModelForm,  # type: ignore[type-arg]
    saved: str,
    next_url: str,
    template: str,
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    """A valid POST saves the form, says ``saved`` and goes to ``next_url`` (a URL name);
    otherwise the page is shown with the form, with status 400 after a POST that failed so the
    errors are clear and nothing typed is lost."""
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, saved)
        return redirect(next_url)
    status = 400 if request.method == "POST" else 200
    return render(request, template, {"form": form, **(context or {})}, status=status)
