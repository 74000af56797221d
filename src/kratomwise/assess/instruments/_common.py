"""Shared pieces of instrument definitions."""

from __future__ import annotations

from collections.abc import Iterable

from kratomwise.assess.model import Option
from kratomwise.i18n import _


def options(pairs: Iterable[tuple[int, str]]) -> tuple[Option, ...]:
    return tuple(Option(points, label) for points, label in pairs)


SCREEN_NOT_DIAGNOSIS = _("This is a screen or a measurement, not a diagnosis.")

# PHQ-9 / GAD-7 frequency options with their LOINC answer codes (US Core IG).
FREQUENCY = (
    Option(0, _("Not at all"), "LA6568-5"),
    Option(1, _("Several days"), "LA6569-3"),
    Option(2, _("More than half the days"), "LA6570-1"),
    Option(3, _("Nearly every day"), "LA6571-9"),
)

# The unscored "difficulty" question. Answer codes are not attached because repositories
# disagree on LA6574-3 / LA6575-0 (docs/instruments.md §4): check loinc.org before adding them.
DIFFICULTY = (
    Option(0, _("Not difficult at all")),
    Option(1, _("Somewhat difficult")),
    Option(2, _("Very difficult")),
    Option(3, _("Extremely difficult")),
)
DIFFICULTY_TEXT = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)

PFIZER_ATTRIBUTION = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc."
)
PFIZER_LICENCE = _(
    "© Pfizer Inc. No permission required to reproduce, translate, display or distribute "
    "(https://www.phqscreeners.com)."
)
