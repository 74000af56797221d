"""Negation scope: is a claim anchored at a span denied in its own clause?"""

from __future__ import annotations

import re

from kratomwise.claims.lexicon import lexicon

EVIDENCE_WINDOW = 80  # characters before a claim's anchor that may deny the evidence for it
NEGATION_TOKENS = 5  # how many words before a claim's anchor may hold its negation

_CLAUSE = re.compile(
    r"[;:!?]|,\s*(?:but|and|while|whereas|although|though|yet|so)\b|\bbut\b|"
    r"\b(?:although|though|whereas|however)\b|—|–| - ",
    re.IGNORECASE,
)
_TURN = re.compile(r"[;]|\b(?:but|however|although|though|yet|whereas)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# ... nor is not knowing about a thing ("were not aware of the harmful effects")
_NOT_NEGATION = re.compile(
    r"\b(nothing (more|else|other|but)|no (different|other) (from|than)|not only|"
    r"no (doubt|wonder|matter)|"
    r"(not|n't|never) (be |been |being |fully )?"
    r"(aware|know\w*|realiz\w*|realis\w*|understand\w*))\b",
    re.IGNORECASE,
)
# "Heavy metals are never found ...": a copula or auxiliary then a negation right after the claim.
_NEGATED_AFTER = re.compile(
    r"^\W*+(?:[\w-]++\s++){0,2}(?:(?:are|is|was|were|have|has|had|do|does|did)\s+)(?:never|not)\s+"
    r"(?:been\s+)?"
    r"(?:found|detected|seen|reported|linked|tied|present|associated|recorded)\b",
    re.IGNORECASE,
)
_FREE_AFTER = re.compile(r"^[- ]?free\b", re.IGNORECASE)
# "has approved no kratom product": the negation right after the verb
_NO_AFTER = re.compile(r"\s++(?:no|none|neither|nothing)\b", re.IGNORECASE)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``text[pos]`` begins."""
    start = 0
    for match in _CLAUSE.finditer(text, 0, pos):
        start = match.end()
    return start


def is_negated(text: str, start: int, end: int) -> bool:
    """True when the claim anchored at ``text[start:end]`` is denied in its own clause."""
    lx = lexicon()
    after = text[end:]
    if _FREE_AFTER.match(after) or _NEGATED_AFTER.match(after) or _NO_AFTER.match(after):
        return True
    if _refuted(text, start, after):
        return True
    clause = text[clause_start(text, start) : start]
    # "no evidence that it treats pain": in the claim's own clause and close before it, not
    # anywhere earlier ("Though not approved by FDA, it is chewed as a tea")
    before = text[max(0, start - EVIDENCE_WINDOW) : start]
    turns = list(_TURN.finditer(before))
    if turns:
        before = before[turns[-1].end() :]
    if lx.evidence_absence.search(before) or lx.evidence_absence.search(text[start:end]):
        return True
    words = _WORD.findall(_NOT_NEGATION.sub(" ", clause))[-NEGATION_TOKENS:]
    window = " ".join(words)
    return bool(lx.negation.search(window))


def _refuted(text: str, start: int, after: str) -> bool:
    """The sentence calls the claim false: a myth or a mistaken belief before it, in the same
    stretch of text (no "but" or "however" between), or "... is a myth" right after it."""
    lx = lexicon()
    before = text[:start]
    turns = list(_TURN.finditer(before))
    if turns:
        before = before[turns[-1].end() :]
    return bool(lx.refuted_before.search(before) or lx.refuted_after.search(after))
