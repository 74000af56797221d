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


def is_about_kratom(text: str, context_kratom: bool) -> bool:
    """The sentence speaks of kratom: it names it, or the text around it is about kratom and
    the sentence points back to it ("it", "these products") or stays on its topics without
    turning to another medicine or subject ("Narcan is a nasal spray" is about Narcan, "Most
    people who drink are not alcoholics" about people in general)."""
    lx = lexicon()
    if lx.kratom.search(text) or lx.pronoun_subject.search(text):
        return True
    if not context_kratom:
        return False
    if lx.anaphor.search(text) or lx.referent.search(text):
        return True
    if lx.other_subject.search(text):
        return False  # people in general, or another drug, is what the sentence is about
    on_topic = lx.topic.search(text) or lx.disease.search(text)
    return bool(on_topic) and not lx.other_drug.search(text)
