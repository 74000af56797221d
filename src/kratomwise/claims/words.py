"""Content words ("stems") shared by a sentence and a fact: a cheap measure of closeness."""

from __future__ import annotations

from functools import cache

from kratomwise.knowledge import get_fact, has_fact
from kratomwise.text import words

_STOP = frozenset(
    {
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "were",
        "was",
        "are",
        "has",
        "have",
        "had",
        "its",
        "their",
        "than",
        "into",
        "about",
        "after",
        "kratom",
        "people",
        "users",
        "who",
        "which",
        "when",
        "more",
        "most",
        "some",
        "over",
        "under",
        "only",
    }
)


_SYNONYMS = {
    "americans": "usa",
    "american": "usa",
    "us": "usa",
    "u.s": "usa",
    "nationally": "usa",
    "previous": "past",
    "internet": "online",
    "web": "online",
    "quit": "stop",
    "quitting": "stop",
    "cut": "reduce",
    "prior": "past",
    "consumers": "users",
    "respondents": "users",
    "died": "death",
    "deaths": "death",
    "fatal": "death",
    "dead": "death",
}


def stems(text: str) -> set[str]:
    out = set()
    for word in words(text):
        if not word[0].isalpha():
            continue
        word = _SYNONYMS.get(word, word)
        if len(word) >= 3 and word not in _STOP:
            out.add(word[:6])
    return out


@cache
def fact_stems(fact_id: str) -> frozenset[str]:
    return frozenset(stems(get_fact(fact_id).statement)) if has_fact(fact_id) else frozenset()
