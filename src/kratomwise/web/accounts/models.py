from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from kratomwise.i18n import LANGUAGES

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def _optional_text(
    label: StrOrPromise, max_length: int, help_text: StrOrPromise
) -> models.CharField:  # type: ignore[type-arg]
    """A text setting a person may leave empty ("" means not set)."""
    return models.CharField(
        label, max_length=max_length, blank=True, default="", help_text=help_text
    )


class User(AbstractUser):
    """A person using kratomwise. The first account created is the owner (superuser)."""

    time_zone = _optional_text(
        _("time zone"), 64, _("Times are shown in this zone, for example Europe/London.")
    )
    country = _optional_text(
        _("country"), 2, _("Two-letter country code, used to show your local help lines and laws.")
    )
    # "" follows the browser (Accept-Language) and the switcher; a code wins over both.
    language = models.CharField(
        _("language"), max_length=8, blank=True, default="", choices=LANGUAGES
    )
    buddhist_era = models.BooleanField(
        _("Buddhist era years"),
        default=False,
        help_text=_("On Thai pages, show years in the Buddhist era (the year plus 543)."),
    )


class AccessToken(models.Model):
    """A personal access token for the API. Only a SHA-256 digest of the token is stored; the
    token itself is shown once, when it is made (see tokens.py)."""

    READ = "read"
    WRITE = "write"
    SCOPE_CHOICES = [(READ, _("read only")), (WRITE, _("read and write"))]

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="access_tokens")
    name = models.CharField(_("name"), max_length=60)
    scope = models.CharField(_("scope"), max_length=5, choices=SCOPE_CHOICES, default=READ)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.name} ({self.scope})"

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class IdempotencyRecord(models.Model):
    """The first response to an API write sent with an ``Idempotency-Key`` header."""

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    fingerprint = models.CharField(max_length=64)
    status = models.PositiveSmallIntegerField()
    body = models.JSONField(null=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="accounts_idempotency_once")
        ]

    def __str__(self) -> str:
        return f"idempotency {self.key}"
