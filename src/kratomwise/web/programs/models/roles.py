"""Programs, the roles people hold in them, and invitations to join."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kratomwise.sharing import Role

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

ROLE_CHOICES = [
    (Role.person.value, _("person")),
    (Role.clinician.value, _("clinician")),
    (Role.program_admin.value, _("program admin")),
    (Role.auditor.value, _("auditor")),
    (Role.site_admin.value, _("site admin")),
]
INVITATION_DAYS = 7


class Program(models.Model):
    """A clinic or recovery program that groups clinicians."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    # A federally assisted US substance-use program: its records carry 42 CFR Part 2 labels
    # and the redisclosure notice.
    part2_program = models.BooleanField(_("42 CFR Part 2 program"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class RoleGrant(models.Model):
    """One role a user holds, within a program for clinicians and program admins."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_grants"
    )
    role = models.CharField(max_length=20, choices=ROLE_CHOICES)
    program = models.ForeignKey(Program, null=True, blank=True, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "program"], name="one_grant_each"),
        ]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """A single-use link that creates an account with a role; only its hash is stored."""

    token_hash = models.CharField(max_length=64, unique=True)
    role = models.CharField(max_length=20, choices=ROLE_CHOICES)
    program = models.ForeignKey(Program, null=True, blank=True, on_delete=models.CASCADE)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    @classmethod
    def issue(
        cls, role: Role, program: Program | None, created_by: object
    ) -> tuple[Invitation, str]:
        """A new invitation and its token (shown once, never stored)."""
        token = secrets.token_urlsafe(24)
        invitation = cls.objects.create(
            token_hash=hash_token(token),
            role=role.value,
            program=program,
            created_by=created_by,
            expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
        )
        return invitation, token

    def usable(self) -> bool:
        return self.used_at is None and timezone.now() < self.expires_at


def grant_roles(user: User, roles: list[Role], program: Program | None = None) -> None:
    for role in roles:
        RoleGrant.objects.get_or_create(user=user, role=role.value, program=program)
