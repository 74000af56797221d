"""List items under a lead-in ("Kratom's side effects may include:" then "Nausea"): each item
is judged as the claim it makes with its lead-in, that kratom causes that effect."""

from __future__ import annotations

import re
from functools import cache

from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.model import Judgement, Verdict
from kratomwise.claims.words import fact_stems, stems
from kratomwise.i18n import _
from kratomwise.knowledge import all_facts

ITEM_WORDS = 10  # a list item is short
HARM_PREFIX = "HRM-"  # facts on harms recorded after kratom use (poison centres, case series)

_EFFECTS = re.compile(
    r"\b(side[- ]effects?|adverse (effects?|events?|reactions?)|symptoms?|effects|risks?|"
    r"dangers?|complications?|health problems?)\b",
    re.IGNORECASE,
)


def is_effects_lead_in(text: str, previous: str) -> bool:
    """A line that introduces a list of kratom's effects: it names kratom and effects, or it
    points back ("These include:") to a sentence that does."""
    if not text.rstrip().endswith(":"):
        return False
    lx = lexicon()
    if lx.kratom.search(text) and _EFFECTS.search(text):
        return True
    return bool(lx.anaphor.search(text)) and bool(
        lx.kratom.search(previous) and _EFFECTS.search(previous)
    )


def is_item(text: str) -> bool:
    """Short, and neither a question nor a new lead-in."""
    return len(text.split()) <= ITEM_WORDS and not text.rstrip().endswith(("?", ":"))


@cache
def _harm_facts() -> tuple[str, ...]:
    return tuple(f.id for f in all_facts() if f.id.startswith(HARM_PREFIX))


def judge_item(text: str) -> Judgement:
    """Supported when a recorded harm names the effect, otherwise unsupported."""
    words = stems(text)
    for fact_id in _harm_facts():
        if words and words <= fact_stems(fact_id):
            return Judgement(
                Verdict.supported,
                False,
                (fact_id,),
                _("An effect of kratom listed under its lead-in; recorded cases describe it."),
            )
    return Judgement(
        Verdict.unsupported,
        False,
        (),
        _("An effect of kratom listed under its lead-in; no fact in the evidence base records it."),
    )
