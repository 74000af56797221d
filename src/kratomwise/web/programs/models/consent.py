"""The consent ledger the person controls, and the disclosures made under it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kratomwise.sharing import Category, ConsentType
from kratomwise.web.programs.models.roles import Program

TYPE_LABELS = {
    ConsentType.disclosure: _("Share with named clinicians or a program"),
    ConsentType.tpo: _("Treatment, payment and health care operations"),
    ConsentType.counseling_notes: _("Counseling notes only"),
}
TYPE_CHOICES = [(kind.value, label) for kind, label in TYPE_LABELS.items()]
CATEGORY_LABELS = {
    Category.journal: _("Use journal"),
    Category.checkins: _("Check-ins and scores"),
    Category.taper: _("Taper plan and progress"),
    Category.interactions: _("Saved medicines and combinations"),
    Category.notes: _("Notes in the journal"),
    Category.counseling_notes: _("Counseling notes"),
}


class Consent(models.Model):
    """One signed consent. Rows are never edited: revocation is per recipient, below."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    type = models.CharField(max_length=20, choices=TYPE_CHOICES)
    person_name = models.CharField(max_length=200)
    discloser = models.CharField(max_length=200)
    categories = models.JSONField()  # list of Category values
    purpose = models.CharField(max_length=300)
    expires_at = models.DateTimeField(null=True, blank=True)
    expiry_event = models.CharField(max_length=200, blank=True, default="")
    signer = models.CharField(max_length=200)
    relationship = models.CharField(max_length=100)
    signed_at = models.DateTimeField()
    statements = models.JSONField()  # statement kind -> version id of the text shown
    document_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ("-signed_at", "-pk")


class ConsentRecipient(models.Model):
    """A clinician or a program named in a consent; revoking one leaves the others."""

    consent = models.ForeignKey(Consent, on_delete=models.CASCADE, related_name="recipients")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    program = models.ForeignKey(Program, null=True, blank=True, on_delete=models.CASCADE)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(clinician__isnull=False, program__isnull=True)
                | models.Q(clinician__isnull=True, program__isnull=False),
                name="recipient_is_clinician_or_program",
            )
        ]


class EventEnding(models.Model):
    """The event a consent named as its end has happened: sharing under it stops. Marked by
    the person, or by an admin of a program the consent names (``program``); never undone."""

    consent = models.OneToOneField(Consent, on_delete=models.CASCADE, related_name="ending")
    at = models.DateTimeField()
    program = models.ForeignKey(Program, null=True, blank=True, on_delete=models.SET_NULL)


class Disclosure(models.Model):
    """One disclosure of a person's record (an export or a summary made for someone else)."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(db_index=True)
    recipient = models.CharField(max_length=200)
    description = models.CharField(max_length=300)
    purpose = models.CharField(max_length=300)
    consent = models.ForeignKey(Consent, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ("-at", "-pk")
