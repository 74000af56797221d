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
WITHDRAWAL_PREFIX = "DEP-"  # facts on dependence and withdrawal (surveys, case reports)
# share of a withdrawal item's words a fact must hold ("difficulty sleeping": "trouble sleeping")
ITEM_SHARE = 0.5
_WITHDRAWAL = re.compile(r"\bwithdraw\w*", re.IGNORECASE)

_EFFECTS = re.compile(
    r"\b(side[- ]effects?|adverse (effects?|events?|reactions?)|symptoms?|effects|risks?|"
    r"dangers?|complications?|health problems?)\b",
    re.IGNORECASE,
)


def is_effects_lead_in(text: str, previous: str, context: bool = False) -> bool:
    """A line that introduces a list of kratom's effects: it names kratom (or, in a text about
    kratom, "the drug", "it") and effects, or it points back ("These include:") to a sentence
    that does."""
    if not text.rstrip().endswith(":"):
        return False
    lx = lexicon()
    subject = lx.kratom.search(text) or (context and lx.referent.search(text))
    if subject and _EFFECTS.search(text):
        return True
    return bool(lx.anaphor.search(text)) and bool(
        lx.kratom.search(previous) and _EFFECTS.search(previous)
    )


def is_item(text: str) -> bool:
    """Short, and neither a question nor a new lead-in."""
    return len(text.split()) <= ITEM_WORDS and not text.rstrip().endswith(("?", ":"))


def is_withdrawal_lead_in(text: str) -> bool:
    """The list that follows names withdrawal symptoms."""
    return bool(_WITHDRAWAL.search(text))


@cache
def _facts(prefix: str) -> tuple[str, ...]:
    return tuple(f.id for f in all_facts() if f.id.startswith(prefix))


def _named(words: set[str], fact_id: str, withdrawal: bool) -> bool:
    shared = len(words & fact_stems(fact_id))
    # symptoms of withdrawal are told in varied words; recorded harms must be named in full
    return shared >= ITEM_SHARE * len(words) if withdrawal else shared == len(words)


def judge_item(text: str, withdrawal: bool = False) -> Judgement:
    """Supported when a recorded harm (under a withdrawal lead-in: a recorded withdrawal
    symptom) names the effect, otherwise unsupported."""
    words = stems(text)
    for fact_id in _facts(WITHDRAWAL_PREFIX if withdrawal else HARM_PREFIX):
        if words and _named(words, fact_id, withdrawal):
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
