"""One Django form per instrument, built from its declarative definition."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kratomwise.assess import Instrument
from kratomwise.web.core.inputs import CheckedInputMixin


class ItemField(forms.TypedChoiceField):
    """One item; the template shows its number, and whether it counts towards the score."""

    number: int
    scored: bool


class InstrumentForm(CheckedInputMixin, forms.Form):
    """Radio buttons for every item; required items must be answered (nothing is pro-rated)."""

    def __init__(self, instrument: Instrument, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        for number, item in enumerate(instrument.items, start=1):
            label = item.text if item.scored else f"{item.text} ({_('optional')})"
            field = ItemField(
                label=label,
                choices=[(str(o.points), o.label) for o in item.options],
                coerce=int,
                required=item.scored,
                empty_value=None,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Please answer this question: every item is needed for a score."),
                    "invalid_choice": _("Please pick one of the listed answers."),
                },
            )
            field.number = number
            field.scored = item.scored
            self.fields[item.id] = field

    def answers(self) -> dict[str, int | None]:
        return {item.id: self.cleaned_data.get(item.id) for item in self.instrument.items}
