from __future__ import annotations

from django.conf import settings
from django.db import models

from kratomwise.web.journal import crypto


class SavedSubstance(models.Model):
    """A medicine or substance a person keeps on their list, checked with kratom automatically."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The name, encrypted with the journal keys; the list is deduplicated in services.py.
    name_token = models.TextField(default="", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("pk",)

    @property
    def name(self) -> str:
        return crypto.decrypt(self.name_token) if self.name_token else ""

    @name.setter
    def name(self, value: str) -> None:
        self.name_token = crypto.encrypt(value) if value else ""

    def __str__(self) -> str:
        return self.name
