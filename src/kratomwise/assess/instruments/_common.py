"""Shared pieces of instrument definitions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kratomwise.assess.model import Instrument, Item, Option
from kratomwise.i18n import N_


def options(pairs: Iterable[tuple[int, str]]) -> tuple[Option, ...]:
    return tuple(Option(points, label) for points, label in pairs)


SCREEN_NOT_DIAGNOSIS = N_("This is a screen or a measurement, not a diagnosis.")

# PHQ-9 / GAD-7 frequency options with their LOINC answer codes (US Core IG). Verbatim like the
# items: shown in English unless a validated translation exists (localize.py).
FREQUENCY = (
    Option(0, "Not at all", "LA6568-5"),
    Option(1, "Several days", "LA6569-3"),
    Option(2, "More than half the days", "LA6570-1"),
    Option(3, "Nearly every day", "LA6571-9"),
)

# The unscored "difficulty" question. Answer codes are not attached because repositories
# disagree on LA6574-3 / LA6575-0 (docs/instruments.md §4): check loinc.org before adding them.
DIFFICULTY = (
    Option(0, "Not difficult at all"),
    Option(1, "Somewhat difficult"),
    Option(2, "Very difficult"),
    Option(3, "Extremely difficult"),
)
DIFFICULTY_TEXT = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)

PFIZER_ATTRIBUTION = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc."
)
PFIZER_LICENCE = N_(
    "© Pfizer Inc. No permission required to reproduce, translate, display or distribute "
    "(https://www.phqscreeners.com)."
)


def pfizer_screen(
    *,
    items: Iterable[tuple[str, str, str]],
    difficulty_id: str,
    difficulty_loinc: str | None = None,
    **fields: Any,
) -> Instrument:
    """A Pfizer PHQ-family screen (PHQ-9, GAD-7): completed by the person about the last two
    weeks, verbatim ``(id, text, LOINC code)`` items on the FREQUENCY scale, then the unscored
    difficulty question, with Pfizer's licence and attribution. ``fields``: the rest of the
    Instrument (id, names, stem, bands, flags, sources, LOINC panel and total ...)."""
    return Instrument(
        completed_by="self",
        recall=N_("The last 2 weeks."),
        items=(
            *(Item(item_id, text, FREQUENCY, loinc=code) for item_id, text, code in items),
            Item(difficulty_id, DIFFICULTY_TEXT, DIFFICULTY, loinc=difficulty_loinc, scored=False),
        ),
        licence=PFIZER_LICENCE,
        attribution=PFIZER_ATTRIBUTION,
        verbatim=True,
        notes=(SCREEN_NOT_DIAGNOSIS,),
        **fields,
    )
