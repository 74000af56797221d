"""Overdose signs and naloxone guidance shown first for dangerous results and depressants."""

from __future__ import annotations

from dataclasses import dataclass

from kratomwise.i18n import _
from kratomwise.shapes import Shaped


@dataclass(frozen=True, slots=True)
class SafetyItem(Shaped):
    """One statement with the facts behind it (the JSON ``safety`` and ``notes`` entries)."""

    text: str
    fact_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SafetyNote:
    heading: str
    points: tuple[str, ...]
    fact_ids: tuple[str, ...]


def overdose_signs() -> SafetyNote:
    return SafetyNote(
        heading=_("Signs of an overdose - call emergency services at once"),
        points=(
            _("Can't be woken, or doesn't respond to their name or a firm rub on the breastbone."),
            _("Breathing that is very slow, shallow or irregular, or has stopped."),
            _("Very small (pinpoint) pupils."),
            _("Blue, grey or ashen lips or fingertips."),
            _("Snoring, gurgling or choking sounds while hard to wake."),
            _("Earlier warning signs: confusion, heavy drowsiness, slurred speech."),
        ),
        fact_ids=("IXN-06", "IXN-05"),
    )


def naloxone_guidance() -> SafetyNote:
    return SafetyNote(
        heading=_("Naloxone: carry it, and use it"),
        points=(
            _(
                "Naloxone reverses opioid overdose. Carry it and tell the people you are with "
                "where it is."
            ),
            _("If an overdose is possible, give it: it does no harm if no opioid is present."),
            _(
                "Naloxone may only partly work after kratom - call for help, keep giving rescue "
                "breaths if trained, and give a second dose if there is no response."
            ),
            _("Naloxone wears off: the person still needs emergency care, even if they wake up."),
        ),
        fact_ids=("IXN-04", "IXN-02", "IXN-03", "IXN-05"),
    )


def safety_items() -> tuple[SafetyItem, ...]:
    """The overdose signs and naloxone notes as flat items: each heading, then its points."""
    return tuple(
        SafetyItem(text=text, fact_ids=note.fact_ids)
        for note in (overdose_signs(), naloxone_guidance())
        for text in (note.heading, *note.points)
    )
