"""Forms: the plan (the person's own numbers), the daily check-in, personal thresholds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kratomwise import taper as core
from kratomwise.taper.checkins import CRAVING_MAX
from kratomwise.web.core.inputs import CheckedInputMixin
from kratomwise.web.taper.models import (
    SCALE_RATING,
    SCALE_SOWS,
    TaperPlan,
    TaperPreferences,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

NUMBER = {"inputmode": "decimal"}
RATING_MAX = CRAVING_MAX  # withdrawal and craving ratings are both 0-10
SCORE_WIDGET = {"min": 0, "max": RATING_MAX, "inputmode": "numeric"}


def rating_field(label: StrOrPromise) -> forms.IntegerField:
    """An optional 0-10 rating of how something feels right now."""
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=RATING_MAX,
        widget=forms.NumberInput(attrs=SCORE_WIDGET),
    )


def sows_items() -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(item id, text, options) of SOWS, from kratomwise.assess (the one definition)."""
    from kratomwise.assess import get_instrument

    instrument = get_instrument("sows")
    return [
        (item.id, item.text, [(o.points, o.label) for o in item.options])
        for item in instrument.items
    ]


def withdrawal_symptom_choices() -> list[tuple[str, str]]:
    """The withdrawal codes of kratomwise.assess triage (set W), in reference order."""
    from kratomwise.assess.triage import CODE_DEFS, CODES, WITHDRAWAL_CODES

    return [(code, CODE_DEFS[code].label) for code in CODES if code in WITHDRAWAL_CODES]


class PlanForm(CheckedInputMixin, forms.ModelForm[TaperPlan]):
    class Meta:
        model = TaperPlan
        fields = (
            "amount",
            "unit",
            "percent",
            "every_days",
            "min_step",
            "floor",
            "start",
            "seven_oh",
        )
        widgets = {
            "amount": forms.NumberInput(attrs={**NUMBER, "step": "any", "min": "0"}),
            "percent": forms.NumberInput(attrs={**NUMBER, "step": "any", "min": "0", "max": "99"}),
            "every_days": forms.NumberInput(attrs={"min": 1, "max": 365, "inputmode": "numeric"}),
            "min_step": forms.NumberInput(attrs={**NUMBER, "step": "any", "min": "0"}),
            "floor": forms.NumberInput(attrs={**NUMBER, "step": "any", "min": "0"}),
            "start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "amount": _(
                "What you take in a day now, in your own numbers. kratomwise never "
                "suggests an amount."
            ),
            "percent": _("How much to cut at each step, as a percent of the amount at that time."),
            "every_days": _("How many days each step lasts before the next cut."),
            "min_step": _(
                "Optional: the smallest cut per step, so the plan does not creep "
                "towards zero for ever."
            ),
            "floor": _(
                "Optional: when the next amount would be below this, the next step is zero."
            ),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["floor"].required = False
        if not self.initial.get("start"):
            self.initial["start"] = timezone.localdate()

    def clean_floor(self) -> Decimal:
        value = self.cleaned_data.get("floor")
        return Decimal(0) if value is None else Decimal(value)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        needed = ("amount", "unit", "percent", "every_days", "start")
        if any(cleaned.get(k) in (None, "") for k in needed) or self.errors:
            return cleaned
        try:
            settings = core.PlanSettings(
                amount=Decimal(cleaned["amount"]),
                unit=core.Unit(cleaned["unit"]),
                percent=Decimal(cleaned["percent"]),
                every_days=int(cleaned["every_days"]),
                start=cleaned["start"],
                min_step=None if cleaned.get("min_step") is None else Decimal(cleaned["min_step"]),
                floor=Decimal(cleaned.get("floor") or 0),
            )
            core.planned_amounts(settings)
        except core.TaperError as exc:
            raise forms.ValidationError(str(exc)) from None
        return cleaned


class CheckInForm(CheckedInputMixin, forms.Form):
    day = forms.DateField(
        label=_("Day"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    amount_taken = forms.DecimalField(
        label=_("Amount you actually took"),
        required=False,
        min_value=Decimal(0),
        max_digits=10,
        decimal_places=3,
        widget=forms.NumberInput(attrs={**NUMBER, "step": "any"}),
    )
    withdrawal = rating_field(_("Withdrawal right now (0 = none, 10 = the worst you can imagine)"))
    craving = rating_field(
        _("Craving right now (0 = no urge, 10 = the strongest urge you can imagine)")
    )
    symptoms = forms.MultipleChoiceField(
        label=_("Withdrawal symptoms today (optional)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
    )
    pause = forms.BooleanField(label=_("I need a pause"), required=False)

    def __init__(self, *args: Any, scale: str = SCALE_RATING, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scale = scale
        symptoms = self.fields["symptoms"]
        assert isinstance(symptoms, forms.MultipleChoiceField)  # declared above
        symptoms.choices = withdrawal_symptom_choices()
        self.sows_fields: list[str] = []
        if scale == SCALE_SOWS:
            del self.fields["withdrawal"]
            for item_id, text, options in sows_items():
                self.fields[item_id] = forms.TypedChoiceField(
                    label=text,
                    required=False,
                    coerce=int,
                    empty_value=None,
                    choices=[("", "—"), *[(str(p), f"{p} {label}") for p, label in options]],
                )
                self.sows_fields.append(item_id)

    def clean_day(self) -> dt.date:
        day: dt.date = self.cleaned_data["day"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("A check-in cannot be for a future day."))
        return day

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.scale == SCALE_SOWS:
            answers = [cleaned.get(f) for f in self.sows_fields]
            given = [a for a in answers if a is not None]
            if given and len(given) != len(answers):
                raise forms.ValidationError(
                    _("Answer all 16 withdrawal questions, or leave them all empty.")
                )
            cleaned["sows_answers"] = (
                dict(zip(self.sows_fields, answers, strict=True)) if given else None
            )
            cleaned["withdrawal"] = sum(given) if given else None
        return cleaned

    def bound_sows(self) -> list[forms.BoundField]:
        return [self[f] for f in self.sows_fields]


class PreferencesForm(CheckedInputMixin, forms.ModelForm[TaperPreferences]):
    class Meta:
        model = TaperPreferences
        fields = ("withdrawal_scale", "hold_withdrawal", "hold_craving")
        widgets = {
            "hold_withdrawal": forms.NumberInput(
                attrs={"min": 1, "max": 64, "inputmode": "numeric"}
            ),
            "hold_craving": forms.NumberInput(attrs=SCORE_WIDGET | {"min": 1}),
        }
        help_texts = {
            "hold_withdrawal": _(
                "Leave empty for no threshold. On the 0-10 rating use 1-10; on SOWS use 1-64."
            ),
            "hold_craving": _("Leave empty for no threshold (1-10)."),
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        limit = cleaned.get("hold_withdrawal")
        if cleaned.get("withdrawal_scale") == SCALE_RATING and limit is not None and limit > 10:
            self.add_error("hold_withdrawal", _("On the 0-10 rating the threshold is at most 10."))
        return cleaned
