"""The request type of views that only signed-in people reach."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:  # no model import at run time: the API modules import this before Django's apps
    from kratomwise.web.accounts.models import User


class AuthedHttpRequest(HttpRequest):
    """A request behind ``login_required`` (or the API's token check): anonymous visitors were
    turned away before the view runs, so ``user`` is a :class:`User`. For annotations only
    (django-stubs' documented pattern); Django still passes its own request object."""

    user: User
