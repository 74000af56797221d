"""Journal storage: entries (notes encrypted at rest), settings and presets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kratomwise import usage
from kratomwise.web.journal import crypto

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

UNDO_DAYS = 30

FORM_CHOICES = [
    ("leaf_powder", _("Leaf powder")),
    ("capsules", _("Capsules")),
    ("tea", _("Tea")),
    ("extract", _("Extract")),
    ("seven_oh_product", _("7-OH product")),
    ("other", _("Other")),
]
UNIT_CHOICES = [
    ("g", _("g")),
    ("mg", _("mg")),
    ("capsule", _("capsules")),
    ("ml", _("ml")),
    ("tablet", _("tablets")),
]
assert [c for c, _l in FORM_CHOICES] == list(usage.FORMS)
assert [c for c, _l in UNIT_CHOICES] == list(usage.UNITS)

POSITIVE = [MinValueValidator(Decimal("0.0001"))]
AMOUNT = [
    MinValueValidator(Decimal(str(usage.model.MIN_AMOUNT))),
    MaxValueValidator(Decimal(str(int(usage.model.MAX_AMOUNT)))),
]
PLACES = Decimal("0.0001")


def stored_amount(value: float) -> Decimal:
    """An amount as the database keeps it (4 decimal places)."""
    return Decimal(usage.csvformat.format_amount(value)).quantize(PLACES).normalize()


SCORE = [MinValueValidator(0), MaxValueValidator(10)]


def unit_text(unit: str, amount: Decimal) -> str:
    """The unit as people read it after ``amount``: "1 tablet", "6 capsules", "3 g"."""
    count = 1 if amount == 1 else 2
    if unit == "capsule":
        return ngettext("capsule", "capsules", count)
    if unit == "tablet":
        return ngettext("tablet", "tablets", count)
    return str(dict(UNIT_CHOICES)[unit])


def describe_use(amount: Decimal, unit: str, form: str, substance: str) -> str:
    """One use in plain words, each word once: "6 capsules (kratom)", "1 tablet (7-OH product)",
    "3 g leaf powder (kratom)", "500 ml beer"."""
    measure = f"{amount.normalize():f} {unit_text(unit, amount)}"
    if substance == usage.SEVEN_OH or form == "seven_oh_product":
        return f"{measure} ({_('7-OH product')})"
    if substance != usage.KRATOM:
        return f"{measure} {substance}"
    if form == "other" or (form == "capsules" and unit == "capsule"):
        return f"{measure} ({_('kratom')})"
    return f"{measure} {str(dict(FORM_CHOICES)[form]).lower()} ({_('kratom')})"


class AliveManager(models.Manager["Entry"]):
    def get_queryset(self) -> models.QuerySet[Entry]:
        return super().get_queryset().filter(deleted_at__isnull=True)


class Entry(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    taken_at = models.DateTimeField(_("taken at"), default=timezone.now)
    substance = models.CharField(_("substance"), max_length=100, default=usage.KRATOM)
    form = models.CharField(_("form"), max_length=20, choices=FORM_CHOICES, default="leaf_powder")
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=4, validators=AMOUNT)
    unit = models.CharField(_("unit"), max_length=10, choices=UNIT_CHOICES, default="g")
    craving = models.PositiveSmallIntegerField(
        _("craving"), null=True, blank=True, validators=SCORE
    )
    mood = models.PositiveSmallIntegerField(_("mood"), null=True, blank=True, validators=SCORE)
    # The note, encrypted with the journal keys (see crypto.py); "" when there is no note.
    note_token = models.TextField(blank=True, default="", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = AliveManager()
    all_objects = models.Manager()
    # Set by services.mark_outside for lists: dated outside the one date rule.
    outside_range = False

    class Meta:
        ordering = ("-taken_at", "-pk")
        indexes = [
            models.Index(fields=["owner", "taken_at"]),
            # Covers the journal stamp (count and newest updated_at) that keys cached analyses.
            models.Index(fields=["owner", "updated_at"], name="journal_entry_owner_updated"),
        ]
        base_manager_name = "all_objects"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Every save moves updated_at, also a partial one (delete, restore): cached analyses are
        # keyed by the newest updated_at (see cached.journal_stamp).
        fields = kwargs.get("update_fields")
        if fields is not None and "updated_at" not in fields:
            kwargs["update_fields"] = [*fields, "updated_at"]
        super().save(*args, **kwargs)

    @property
    def note(self) -> str:
        return crypto.decrypt(self.note_token) if self.note_token else ""

    @note.setter
    def note(self, value: str) -> None:
        self.note_token = crypto.encrypt(value) if value else ""

    @property
    def is_seven_oh(self) -> bool:
        return self.substance == usage.SEVEN_OH or self.form == "seven_oh_product"

    def purge_date(self) -> dt.datetime | None:
        return self.deleted_at + dt.timedelta(days=UNDO_DAYS) if self.deleted_at else None

    def describe(self) -> str:
        return describe_use(self.amount, self.unit, self.form, self.substance)

    def to_core(self, tz: dt.tzinfo, with_note: bool = True) -> usage.Entry:
        """The entry as a core value in ``tz``; ``with_note=False`` leaves the note out (and
        undecrypted): analyses never read notes."""
        return usage.Entry(
            taken_at=self.taken_at.astimezone(tz),
            substance=self.substance,
            form=self.form,
            amount=float(self.amount),
            unit=self.unit,
            craving=self.craving,
            mood=self.mood,
            note=self.note if with_note else "",
        )

    @classmethod
    def from_core(cls, owner: User, entry: usage.Entry) -> Entry:
        # Model() sets properties such as note; django-stubs does not know (its #1034).
        return cls(  # type: ignore[misc]
            owner=owner,
            taken_at=entry.taken_at,
            substance=entry.substance,
            form=entry.form,
            amount=stored_amount(entry.amount),
            unit=entry.unit,
            craving=entry.craving,
            mood=entry.mood,
            note=entry.note,
        )

    def __str__(self) -> str:
        return self.describe()


class JournalSettings(models.Model):
    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    grams_per_capsule = models.DecimalField(
        _("grams of leaf per capsule"),
        max_digits=6,
        decimal_places=3,
        null=True,
        blank=True,
        validators=POSITIVE,
        help_text=_("Printed on the pack, often 0.5 to 1 g. Lets capsules count as leaf grams."),
    )
    preferred_form = models.CharField(
        _("usual form"), max_length=20, choices=FORM_CHOICES, default="leaf_powder"
    )
    preferred_unit = models.CharField(
        _("usual unit"), max_length=10, choices=UNIT_CHOICES, default="g"
    )
    max_leaf_g_per_day = models.DecimalField(
        _("your limit: grams of leaf a day"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=POSITIVE,
    )
    max_uses_per_day = models.PositiveSmallIntegerField(
        _("your limit: uses a day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    min_days_off_per_week = models.PositiveSmallIntegerField(
        _("your goal: days without use each week"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(7)],
    )

    def to_core(self) -> usage.Settings:
        return usage.Settings(
            grams_per_capsule=float(self.grams_per_capsule) if self.grams_per_capsule else None,
            limits=usage.Limits(
                max_leaf_g_per_day=float(self.max_leaf_g_per_day)
                if self.max_leaf_g_per_day is not None
                else None,
                max_uses_per_day=self.max_uses_per_day,
                min_days_off_per_week=self.min_days_off_per_week,
            ),
        )

    @classmethod
    def for_user(cls, user: User) -> JournalSettings:
        found = cls.objects.filter(owner=user).first()
        return found or cls(owner=user)


class Preset(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=40)
    substance = models.CharField(_("substance"), max_length=100, default=usage.KRATOM)
    form = models.CharField(_("form"), max_length=20, choices=FORM_CHOICES, default="leaf_powder")
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=4, validators=POSITIVE)
    unit = models.CharField(_("unit"), max_length=10, choices=UNIT_CHOICES, default="g")

    class Meta:
        ordering = ("name", "pk")

    def describe(self) -> str:
        return describe_use(self.amount, self.unit, self.form, self.substance)

    def __str__(self) -> str:
        return self.name
