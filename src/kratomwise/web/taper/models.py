"""Taper storage: plan versions (never overwritten), check-ins (append-only), overrides.

Editing or restarting a plan creates a new version and marks the old one replaced, so the
history stays. A check-in edited on the same day adds a new row; the latest row of a day counts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kratomwise.dates import EARLIEST, latest
from kratomwise.web.journal import crypto

UNIT_CHOICES = [
    ("g", _("grams (leaf powder)")),
    ("capsule", _("capsules")),
    ("ml", _("ml (liquid)")),
    ("mg", _("mg (extract or tablet)")),
]
SCALE_RATING = "rating"
SCALE_SOWS = "sows"
SCALE_CHOICES = [
    (SCALE_RATING, _("Quick 0-10 withdrawal rating")),
    (SCALE_SOWS, _("SOWS questionnaire (16 questions, total 0-64)")),
]


M = TypeVar("M", bound=models.Model)


class DatedManager(models.Manager[M]):
    """Rows whose ``field`` keeps to the one date rule (``kratomwise.dates``). A database from
    before the rule may hold others (a plan starting in year 9999 overflowed the calendar):
    they stay stored, reachable through ``all_objects``, but never reach a plan or a page."""

    def __init__(self, field: str) -> None:
        super().__init__()
        self.field = field

    def get_queryset(self) -> models.QuerySet[M]:
        span = {f"{self.field}__gte": EARLIEST, f"{self.field}__lte": latest()}
        return super().get_queryset().filter(**span)


class TaperPlan(models.Model):
    ACTIVE = "active"
    REPLACED = "replaced"
    STATUS_CHOICES = [(ACTIVE, _("active")), (REPLACED, _("replaced"))]
    CHANGE_CHOICES = [("new", _("new plan")), ("edit", _("edited")), ("restart", _("restarted"))]

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    amount = models.DecimalField(
        _("starting daily amount"),
        max_digits=10,
        decimal_places=3,
        validators=[MinValueValidator(Decimal("0.001"))],
    )
    unit = models.CharField(_("unit"), max_length=10, choices=UNIT_CHOICES, default="g")
    percent = models.DecimalField(
        _("reduction per step (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("99.99"))],
    )
    every_days = models.PositiveSmallIntegerField(
        _("days per step"), validators=[MinValueValidator(1), MaxValueValidator(365)]
    )
    min_step = models.DecimalField(
        _("smallest reduction"), max_digits=10, decimal_places=3, null=True, blank=True
    )
    floor = models.DecimalField(
        _("go to zero below"), max_digits=10, decimal_places=3, default=Decimal(0)
    )
    start = models.DateField(_("start date"))
    seven_oh = models.BooleanField(_("this plan is for a 7-OH product"), default=False)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default=ACTIVE)
    change = models.CharField(max_length=10, choices=CHANGE_CHOICES, default="new")
    replaces = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    replaced_at = models.DateTimeField(null=True, blank=True)

    objects = DatedManager["TaperPlan"]("start")
    all_objects = models.Manager["TaperPlan"]()

    class Meta:
        ordering = ("-created_at", "-pk")
        indexes = [models.Index(fields=["owner", "status"])]
        base_manager_name = "all_objects"

    def __str__(self) -> str:
        return f"taper plan {self.pk} ({self.status})"


class TaperCheckIn(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    withdrawal_scale = models.CharField(max_length=10, choices=SCALE_CHOICES, default=SCALE_RATING)
    withdrawal = models.PositiveSmallIntegerField(
        _("withdrawal"), null=True, blank=True, validators=[MaxValueValidator(64)]
    )
    # The SOWS answers ({item_id: points}), encrypted like every instrument's answers; ""
    # for a quick rating. Read and written through ``sows_answers``.
    sows_answers_token = models.TextField(blank=True, default="", editable=False)
    craving = models.PositiveSmallIntegerField(
        _("craving"), null=True, blank=True, validators=[MaxValueValidator(10)]
    )
    amount_taken = models.DecimalField(
        _("amount taken"), max_digits=10, decimal_places=3, null=True, blank=True
    )
    unit = models.CharField(max_length=10, choices=UNIT_CHOICES, default="g")
    pause = models.BooleanField(_("I need a pause"), default=False)
    # Withdrawal symptoms ticked (kratomwise.assess triage codes) and that day's triage result.
    symptoms = models.JSONField(default=list, blank=True)
    triage_level = models.CharField(max_length=20, blank=True, default="")
    triage_rules = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DatedManager["TaperCheckIn"]("day")
    all_objects = models.Manager["TaperCheckIn"]()
    sows_answers = crypto.encrypted_answers("sows_answers_token", empty=None)

    class Meta:
        ordering = ("day", "created_at", "pk")
        indexes = [models.Index(fields=["owner", "day"])]
        base_manager_name = "all_objects"

    def __str__(self) -> str:
        return f"taper check-in {self.day}"


class HoldOverride(models.Model):
    """The person chose to go ahead with the reduction due on ``due`` despite a hold."""

    plan = models.ForeignKey(TaperPlan, on_delete=models.CASCADE, related_name="overrides")
    due = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "due"], name="taper_override_once")]

    def __str__(self) -> str:
        return f"override {self.due}"


class TaperPreferences(models.Model):
    """Personal hold thresholds (none by default: no validated cut-off exists)."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    withdrawal_scale = models.CharField(
        _("how you rate withdrawal"), max_length=10, choices=SCALE_CHOICES, default=SCALE_RATING
    )
    hold_withdrawal = models.PositiveSmallIntegerField(
        _("hold when withdrawal reaches"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(64)],
    )
    hold_craving = models.PositiveSmallIntegerField(
        _("hold when craving reaches"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "taper preferences"
