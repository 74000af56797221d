"""Legal-status sentences ("kratom is legal in Indiana") checked against the law data.

The status of a place comes from ``kratomwise.law``; ``data/legal.yaml`` holds the wording
patterns and the fact ids behind each status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kratomwise.claims.lexicon import compile_pattern, load_yaml
from kratomwise.claims.model import Judgement, Verdict
from kratomwise.i18n import _

LEGAL_CLAIM_ID = "legal_status"  # the claim id of verdicts the law data decides
BAN_LIST_FACTS = ("STATE-03",)  # the fact that lists every US state with a kratom ban
NEGATION_WINDOW = 30  # characters before a status word searched for "not", "no longer" ...


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str
    status: str  # legal | regulated | restricted | banned | unclear
    seven_oh: str


@dataclass(frozen=True, slots=True)
class _Tables:
    banned: re.Pattern[str]
    legal: re.Pattern[str]
    regulated: re.Pattern[str]
    everywhere: re.Pattern[str]
    most_states: re.Pattern[str]
    us_federal: re.Pattern[str]
    seven_oh: re.Pattern[str]
    historic: re.Pattern[str]
    intent: re.Pattern[str]
    facts: dict[str, tuple[str, ...]]


@cache
def places() -> dict[str, Place]:
    """Countries and states from the law data (cities and counties are not named in claims)."""
    from kratomwise import law  # lazily: only legal-status sentences need the law data

    return {
        row.code: Place(
            code=row.code,
            name=row.name.split("(")[0].strip().lower(),
            status=str(row.kratom_status),
            seven_oh=str(row.seven_oh_status),
        )
        for row in law.load().rows
        if row.level in (law.Level.country, law.Level.state)
    }


@cache
def _place_names() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Place names and aliases to their codes (the law data is read only when a sentence
    claims a legal status: start-up speed)."""
    raw: Any = load_yaml("legal.yaml")
    by_name = {p.name: p.code for p in places().values()}
    by_name.update({str(k): str(v) for k, v in raw["aliases"].items() if str(v) in places()})
    names = sorted(by_name, key=len, reverse=True)
    pattern = (
        re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
        if names
        else None
    )
    return pattern, by_name


@cache
def _tables() -> _Tables:
    raw: Any = load_yaml("legal.yaml")
    return _Tables(
        banned=compile_pattern(raw["claimed_banned"]),
        legal=compile_pattern(raw["claimed_legal"]),
        regulated=compile_pattern(raw["claimed_regulated"]),
        everywhere=compile_pattern(raw["everywhere"]),
        most_states=compile_pattern(raw["most_states"]),
        us_federal=compile_pattern(raw["us_federal"]),
        seven_oh=compile_pattern(raw["seven_oh"]),
        historic=compile_pattern(raw["historic"]),
        intent=compile_pattern(raw["intent"]),
        facts={str(k): tuple(v) for k, v in raw["facts"].items()},
    )


def _facts_for(code: str) -> tuple[str, ...]:
    facts = _tables().facts
    if code in facts:
        return facts[code]
    if code.startswith("US-"):
        return facts.get("US-*", ())
    return ()


def _negated(text: str, start: int) -> bool:
    window = text[max(0, start - NEGATION_WINDOW) : start].lower()
    return bool(
        re.search(
            r"\b(not|no longer|never|isn't|aren't|wasn't|n't|cannot)\s+(\w+\s+){0,4}$", window
        )
    )


def claimed_status(text: str) -> tuple[str, tuple[int, int]] | None:
    """The status a sentence asserts (banned | legal | regulated) and where it says so."""
    t = _tables()
    for status, pattern in (("regulated", t.regulated), ("banned", t.banned), ("legal", t.legal)):
        match = pattern.search(text)
        if match is None:
            continue
        if _negated(text, match.start()):
            status = {"banned": "legal", "legal": "banned", "regulated": "legal"}[status]
        return status, match.span()
    return None


def _compare(claimed: str, actual: str) -> Verdict:
    if actual == "unclear":
        return Verdict.unsupported
    if claimed == "banned":
        return {"banned": Verdict.supported, "restricted": Verdict.unsupported}.get(
            actual, Verdict.contradicted
        )
    if claimed == "legal":
        return {"banned": Verdict.contradicted, "restricted": Verdict.unsupported}.get(
            actual, Verdict.supported
        )
    # claimed regulated
    return {"banned": Verdict.contradicted, "legal": Verdict.unsupported}.get(
        actual, Verdict.supported
    )


def check_legal(text: str) -> Judgement | None:
    """A verdict for a legal-status sentence, or None when the sentence is not one."""
    t = _tables()
    claim = claimed_status(text)
    if claim is None:
        return None
    claimed, span = claim
    if t.intent.search(text, 0, span[0]):
        return None  # a plan or a call to change the law, not the status it has
    if t.everywhere.search(text):
        if claimed == "legal":
            return Judgement(
                Verdict.contradicted,
                False,
                ("STATE-03",),
                _(
                    "Kratom is not legal everywhere in the US: several states and Washington DC "
                    "ban it and many others regulate it."
                ),
                span,
                LEGAL_CLAIM_ID,
            )
        if claimed == "banned":
            return Judgement(
                Verdict.contradicted,
                False,
                ("DEA-03", "STATE-03"),
                _(
                    "Kratom is not banned across the US: it is not federally scheduled, though "
                    "a few states ban it."
                ),
                span,
                LEGAL_CLAIM_ID,
            )
    if t.most_states.search(text) and claimed == "legal":
        return Judgement(
            Verdict.supported,
            False,
            ("STATE-03", "STATE-04"),
            _("Most states allow kratom, though a handful ban it and many regulate it."),
            span,
            LEGAL_CLAIM_ID,
        )
    named = _find_places(text)
    if not named:
        return None
    judged = [j for j in (_judge_place(text, p, claimed, span) for p in named) if j is not None]
    # a list of places ("banned in A, B and C") is as wrong as its worst place
    return max(judged, key=lambda j: _SEVERITY[j.verdict], default=None)


_SEVERITY = {Verdict.supported: 0, Verdict.unsupported: 1, Verdict.contradicted: 2}


def _judge_place(text: str, place: Place, claimed: str, span: tuple[int, int]) -> Judgement | None:
    t = _tables()
    seven_oh = bool(t.seven_oh.search(text))
    actual = place.seven_oh if seven_oh else place.status
    if seven_oh and actual in ("same", ""):
        actual = place.status
    if place.code == "US" and not seven_oh:
        verdict = Verdict.contradicted if claimed == "banned" else Verdict.supported
        return Judgement(
            verdict,
            False,
            ("DEA-03", "FDA-01", "STATE-03"),
            _(
                "Kratom leaf is not a federally controlled substance in the US, although FDA "
                "says it may not be sold as a supplement and some states ban it."
            ),
            span,
            LEGAL_CLAIM_ID,
        )
    verdict = _compare(claimed, actual)
    if place.code.startswith("US-") and place.code not in t.facts:
        if claimed == "banned" and not historic_claim(text):
            # the facts list the states with a ban (STATE-03); this one is not among them
            return Judgement(
                Verdict.contradicted,
                False,
                BAN_LIST_FACTS,
                _("{place} is not among the states the evidence lists as banning kratom.").format(
                    place=place.name.title()
                ),
                span,
                LEGAL_CLAIM_ID,
            )
        # no fact names this state's law: the law data alone cannot settle the claim
        return Judgement(
            Verdict.unsupported,
            False,
            _facts_for(place.code),
            _("No fact in the evidence base names the kratom law of {place}.").format(
                place=place.name.title()
            ),
            span,
            LEGAL_CLAIM_ID,
        )
    historic = bool(t.historic.search(text))
    if historic and verdict is not Verdict.supported:
        return None  # a past event: leave it to the canonical claims
    facts = _facts_for(place.code)
    if seven_oh and place.code == "US":
        facts = ("7OH-07", "7OH-08")
    from kratomwise.law.model import Status  # lazily, like the law data

    subject = _("concentrated 7-OH products") if seven_oh else _("kratom")
    reason = _("The law data list {subject} as {status} in {place}.").format(
        subject=subject, status=Status(actual).label, place=place.name.title()
    )
    return Judgement(verdict, False, facts, reason, span, LEGAL_CLAIM_ID)


def historic_claim(text: str) -> bool:
    """The sentence dates its claim before the facts' time ("banned it in 2016")."""
    return bool(_tables().historic.search(text))


def _find_places(text: str) -> list[Place]:
    """Every country or state the sentence names, in order (else the US for federal wording)."""
    t = _tables()
    names, by_name = _place_names()
    found: dict[str, Place] = {}
    if names is not None:
        for match in names.finditer(text):
            code = by_name.get(match.group(1).lower())
            if code is not None and code in places():
                found.setdefault(code, places()[code])
    if not found and t.us_federal.search(text):
        return [places()["US"]] if "US" in places() else []
    return list(found.values())
