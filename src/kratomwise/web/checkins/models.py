"""Completed instrument responses (one row per completed check-in)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kratomwise.assess import INSTRUMENTS
from kratomwise.web.journal import crypto

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

INSTRUMENT_CHOICES = [(key, inst.short_name) for key, inst in INSTRUMENTS.items()]


class InstrumentResponse(models.Model):
    """A scored instrument: answers as {item_id: points}, the total, band and flags."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="instrument_responses"
    )
    instrument = models.CharField(_("instrument"), max_length=16, choices=INSTRUMENT_CHOICES)
    # {item_id: points}, encrypted with the journal keys (the suicide-risk item is among them).
    answers_token = models.TextField(blank=True, default="", editable=False)
    total = models.PositiveSmallIntegerField(_("total"))
    band = models.CharField(_("band"), max_length=32, blank=True, default="")
    flags = models.JSONField(_("flags"), default=list, blank=True)
    safety_flag = models.BooleanField(_("safety item positive"), default=False)
    taken_at = models.DateTimeField(_("taken at"), default=timezone.now, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-taken_at", "-id"]
        indexes = [models.Index(fields=["owner", "instrument", "-taken_at"])]
        verbose_name = _("instrument response")

    def __str__(self) -> str:
        return f"{self.instrument} {self.total} ({self.taken_at:%Y-%m-%d})"

    answers = crypto.encrypted_answers("answers_token", empty={})

    @property
    def definition(self) -> Any:
        return INSTRUMENTS[self.instrument]

    @property
    def answer_list(self) -> list[int | None]:
        """Answers in item order (None for an optional item left blank)."""
        return [self.answers.get(item.id) for item in self.definition.items]

    def rescore(self) -> Any:
        """The core Result for the stored answers (scoring is deterministic)."""
        from kratomwise.assess import score

        return score(self.instrument, {k: v for k, v in self.answers.items() if v is not None})


def latest(owner: User, instrument: str) -> InstrumentResponse | None:
    """The person's most recent response to ``instrument`` (for the taper and Today pages)."""
    return (
        InstrumentResponse.objects.filter(owner=owner, instrument=instrument)
        .order_by("-taken_at", "-id")
        .first()
    )
