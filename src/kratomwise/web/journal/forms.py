from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kratomwise import usage
from kratomwise.usage.model import normalise_substance
from kratomwise.web.core.inputs import CheckedInputMixin
from kratomwise.web.journal.models import Entry, JournalSettings, Preset

NOTE_MAX = 2000
SUBSTANCE_CHOICES = [
    ("kratom", _("Kratom")),
    ("seven_oh", _("7-OH product")),
    ("other", _("Other")),
]
SCORE_WIDGET = {"min": 0, "max": 10, "inputmode": "numeric"}


class SubstanceMixin(forms.Form):
    """Kratom, a 7-OH product or another substance by name."""

    kind = forms.ChoiceField(
        label=_("What"), choices=SUBSTANCE_CHOICES, initial="kratom", widget=forms.RadioSelect
    )
    other_name = forms.CharField(
        label=_("Other substance"),
        required=False,
        max_length=100,
        help_text=_("Only for something else, e.g. alcohol or a medicine."),
    )

    def substance(self) -> str:
        kind = self.cleaned_data.get("kind")
        if kind in (usage.KRATOM, usage.SEVEN_OH):
            return str(kind)
        return normalise_substance(self.cleaned_data.get("other_name") or "")

    def check_substance(self, cleaned: dict[str, Any]) -> None:
        """Never drop what was typed: a name in "Other substance" needs "Other" chosen."""
        kind = cleaned.get("kind")
        other = " ".join((cleaned.get("other_name") or "").split())
        if kind == "other" and not other:
            self.add_error("other_name", _("Name the other substance."))
        elif kind in (usage.KRATOM, usage.SEVEN_OH) and other:
            chosen = dict(SUBSTANCE_CHOICES)[kind]
            self.add_error(
                "other_name",
                _(
                    "You typed “%(name)s” here but chose %(chosen)s above. To log %(name)s, "
                    "choose Other; to log %(chosen)s, clear this field."
                )
                % {"name": other, "chosen": chosen},
            )
        if cleaned.get("form") == "seven_oh_product" and kind == usage.KRATOM:
            cleaned["kind"] = kind = usage.SEVEN_OH
        if kind == usage.SEVEN_OH and cleaned.get("form") == "leaf_powder":
            self.add_error(
                "form", _("A 7-OH product is not leaf powder: choose the form “7-OH product”.")
            )


def _initial_kind(substance: str) -> tuple[str, str]:
    if substance in (usage.KRATOM, usage.SEVEN_OH):
        return substance, ""
    return "other", substance


class EntryForm(CheckedInputMixin, SubstanceMixin, forms.ModelForm[Entry]):
    taken_at = forms.DateTimeField(
        label=_("When"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        help_text=_("Leave empty for now."),
    )
    note_text = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Private and encrypted."),
    )

    class Meta:
        model = Entry
        fields = ("amount", "unit", "form", "taken_at", "craving", "mood")
        widgets = {
            "amount": forms.NumberInput(attrs={"inputmode": "decimal", "step": "any", "min": "0"}),
            "craving": forms.NumberInput(attrs=SCORE_WIDGET),
            "mood": forms.NumberInput(attrs=SCORE_WIDGET),
        }
        labels = {"craving": _("Craving (0–10)"), "mood": _("Mood (0–10)")}

    field_order = (
        "kind",
        "other_name",
        "amount",
        "unit",
        "form",
        "taken_at",
        "craving",
        "mood",
        "note_text",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            kind, other = _initial_kind(self.instance.substance)
            self.initial.setdefault("kind", kind)
            self.initial.setdefault("other_name", other)
            self.initial.setdefault("note_text", self.instance.note)

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        self.check_substance(cleaned)
        return cleaned

    def save(self, commit: bool = True) -> Entry:
        entry: Entry = super().save(commit=False)
        entry.substance = self.substance()
        if not self.cleaned_data.get("taken_at"):
            entry.taken_at = timezone.now()
        entry.note = self.cleaned_data.get("note_text") or ""
        if commit:
            entry.save()
        return entry


class PresetForm(CheckedInputMixin, SubstanceMixin, forms.ModelForm[Preset]):
    class Meta:
        model = Preset
        fields = ("name", "amount", "unit", "form")
        widgets = {
            "amount": forms.NumberInput(attrs={"inputmode": "decimal", "step": "any", "min": "0"})
        }

    field_order = ("name", "kind", "other_name", "amount", "unit", "form")

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        self.check_substance(cleaned)
        return cleaned

    def save(self, commit: bool = True) -> Preset:
        preset: Preset = super().save(commit=False)
        preset.substance = self.substance()
        if commit:
            preset.save()
        return preset


class JournalSettingsForm(CheckedInputMixin, forms.ModelForm[JournalSettings]):
    class Meta:
        model = JournalSettings
        fields = (
            "grams_per_capsule",
            "preferred_form",
            "preferred_unit",
            "max_leaf_g_per_day",
            "max_uses_per_day",
            "min_days_off_per_week",
        )
        widgets = {
            "grams_per_capsule": forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
            "max_leaf_g_per_day": forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
        }


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File to import"),
        help_text=_("A kratomwise CSV or JSON export, or a PsychonautWiki Journal export (JSON)."),
    )
