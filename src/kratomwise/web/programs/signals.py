"""Sign-in events go into the audit log: sign-in, failed sign-in, sign-out."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from kratomwise.web.programs import audit


@receiver(user_logged_in)
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit.record(action="E", resource="session", outcome="signed_in", request=request, actor=user)


@receiver(user_logged_out)
def _signed_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit.record(
            action="E", resource="session", outcome="signed_out", request=request, actor=user
        )


@receiver(user_login_failed)
def _failed(sender: Any, credentials: Any, request: Any = None, **kwargs: Any) -> None:
    # The user name typed is not stored: it may be a password typed into the wrong box.
    audit.record(action="E", resource="session", outcome="sign_in_failed", request=request)
