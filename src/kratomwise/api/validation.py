"""A web form's errors as one API error (the API validates with the pages' own forms)."""

from __future__ import annotations

from django import forms
from ninja.errors import HttpError


def check(form: forms.Form, whole: str) -> None:
    """Raise 422 naming every field in error (``whole`` names errors of the whole form)."""
    if form.is_valid():
        return
    problems = [
        f"{whole if field == '__all__' else field}: {' '.join(str(m) for m in messages)}"
        for field, messages in form.errors.items()
    ]
    raise HttpError(422, "; ".join(problems))
