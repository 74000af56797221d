"""Claim detection helpers: is a sentence about kratom, is it a title."""

from __future__ import annotations

import re

from kratomwise.claims.lexicon import lexicon

TITLE_SHARE = 0.7  # share of capitalised words that marks a heading ("Kratom for Pain: A Guide")
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the"}
    | {"to", "vs", "with"}
)


def is_title(text: str) -> bool:
    """Title Case without a full stop: a heading or a product name."""
    if text.rstrip().endswith((".", "!")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return False
    return bool(sum(w[0].isupper() for w in words) / len(words) >= TITLE_SHARE)


# a sentence that starts by pointing back ("They bind ...", "It is sold as ...")
_POINTS_BACK = re.compile(r"^\W*(?:(it|its|it['’]s|this)|they|their|them|these|those|both)\b", re.I)


# the writer ("we", "our") in a sentence that neither names kratom nor points back to it
# ("our busy days leave us drained"); "you" stays: "you will feel calm" speaks of the product
# (counting "you" too hurt the held-back folds of the site cross-validation)
_PERSONAL = re.compile(r"\b(we|we['’]re|our|us)\b", re.I)


# a sentence that defines something named other than kratom ("Kava is a plant of the Pacific"):
# a pronoun opening the next sentence points back to that thing
_DEFINES_OTHER = re.compile(
    r"^\W*(?!(?i:the|this|these|that|those|it|its|our|your|their|a|an|each|every|one|there|"
    r"withdrawal|tolerance|dependence|addiction|research|evidence|science)\b)"
    r"(?:[A-Z][\w'-]*\s+){1,3}(?:\([^)]*\)\s+)?(?:is|are)\s+(?:a|an)\b"
)


def opens_with_pronoun(text: str) -> bool:
    return _POINTS_BACK.search(text) is not None


def refers_elsewhere(text: str, previous: str) -> bool:
    """A pronoun that opens a sentence after one about another drug (or, for "they", about
    people) and not about kratom points back there ("Naloxone is an antagonist. It binds
    ...")."""
    lx = lexicon()
    found = _POINTS_BACK.search(text)
    if not previous or found is None or lx.kratom.search(previous):
        return False
    if lx.other_drug.search(previous) or _DEFINES_OTHER.search(previous):
        return True
    return found.group(1) is None and bool(lx.other_subject.search(previous))


def is_about_kratom(text: str, context_kratom: bool, previous: str = "") -> bool:
    """The sentence speaks of kratom: it names it, or the text around it is about kratom and
    the sentence points back to it ("it", "these products") or stays on its topics without
    turning to another medicine or subject ("Narcan is a nasal spray" is about Narcan, "Most
    people who drink are not alcoholics" about people in general). ``previous``: the sentence
    before, which a pronoun may point back to instead."""
    lx = lexicon()
    if lx.kratom.search(text):
        return True
    if refers_elsewhere(text, previous):
        return False
    if lx.expletive_it.search(text):
        text = lx.expletive_it.sub(" ", text)  # "it can be difficult to": no referent
    if lx.pronoun_subject.search(text):
        return True
    if not context_kratom:
        return False
    if lx.organ_subject.search(text):
        return False  # "The liver ... its": the body is the subject, and "its" points to it
    if lx.anaphor.search(text) or lx.referent.search(text):
        return True
    if lx.other_subject.search(text) or _PERSONAL.search(text):
        return False  # people in general, the writer, or another drug
    on_topic = lx.topic.search(text) or lx.disease.search(text)
    return bool(on_topic) and not lx.other_drug.search(text)


# A heading that states something ("It Relieves Pain", "Thousands Have Already Died") is
# judged like a sentence; one that names a topic or asks ("How Kratom Works") is not.
_HEADING_VERB = re.compile(
    r"\b(is|are|was|were|has|have|had|can|could|may|might|will|does|causes?|caused|relieves?|"
    r"reduces?|eases?|helps?|treats?|cures?|kills?|killed|died|works?|contains?|leads?|bans?|"
    r"banned|makes?)\b",
    re.IGNORECASE,
)
# ... and starts with a subject or a modal verb, not a topic ("5 Facts that are helpful")
_HEADING_SUBJECT = re.compile(
    r"^\W*(it|it's|its|this|these|they|kratom\w*|7-?oh|can|may|might|could|will|thousands|"
    r"hundreds|many|most|there)\b",
    re.IGNORECASE,
)
_HEADING_ASKS = re.compile(r"^\W*(how|why|what|where|which|when|who|is|are|does|do|can)\b", re.I)


def asserting_heading(text: str) -> bool:
    """A heading with a verb of its own that does not ask ("It is addictive", "Can reduce
    anxiety" under a list of effects)."""
    if _HEADING_ASKS.search(text) and not re.match(r"^\W*can\s+\w+", text, re.I):
        return False
    if text.rstrip().endswith(("?", ":")) or not _HEADING_SUBJECT.search(text):
        return False
    return bool(_HEADING_VERB.search(text))
