"""Judge one sentence: claim detection, canonical claims, numbers, negation, law, disease."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kratomwise.claims import numeric
from kratomwise.claims.adjust import as_report, coverage_guard, judge_by_fact, use_report
from kratomwise.claims.detect import is_about_kratom, is_title
from kratomwise.claims.disease import (
    disease_claim,
    disease_vetoed,
    mask_agencies,
    mask_kratom_harm,
)
from kratomwise.claims.entry_numbers import number_check
from kratomwise.claims.legal import check_legal
from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.model import Judgement, Verdict
from kratomwise.claims.negation import is_negated
from kratomwise.claims.registry import Entry, Match, fuzzy_match, match_all
from kratomwise.claims.retrieve import closest_by_numbers, closest_fact
from kratomwise.claims.words import fact_stems, stems
from kratomwise.i18n import _

MIN_WORDS = 2  # shorter fragments are never claims

_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    priority: int
    judgement: Judgement
    numbers: str  # "ok" | "bad" | "none"
    overlap: int = 0  # words shared by the sentence and the deciding fact


def _judge_entry(text: str, match: Match, quantities: list[numeric.Quantity]) -> _Candidate:
    lx = lexicon()
    entry: Entry = match.entry
    negated = is_negated(text, match.start, match.end)
    span = (match.start, match.end)
    if negated:
        return _Candidate(
            entry.priority,
            Judgement(entry.negated, False, entry.facts, _(entry.reason_negated), span, entry.id),
            "none",
            _overlap(text, entry.facts),
        )
    verdict = entry.verdict
    reason = _(entry.reason)
    facts = entry.facts
    numbers = "none"
    if entry.absolute is not None and lx.absolute.search(text):
        verdict = entry.absolute
    if entry.numbers and verdict is Verdict.supported and quantities:
        numbers, facts, wrong = number_check(text, entry, quantities)
        if numbers == "bad":
            verdict = Verdict.contradicted
            reason = _("The number does not match the evidence ({wrong}). {reason}").format(
                wrong=", ".join(q.text for q in wrong[:3]), reason=reason
            )
    disease = entry.disease and verdict is not Verdict.supported
    return _Candidate(
        entry.priority,
        Judgement(verdict, disease, facts, reason, span, entry.id, numbers == "bad"),
        numbers,
        _overlap(text, facts),
    )


def _overlap(text: str, facts: tuple[str, ...]) -> int:
    """Words the sentence shares with the closest of the facts."""
    words = stems(text)
    return max((len(words & fact_stems(f)) for f in facts), default=0)


def _choose(candidates: list[_Candidate]) -> Judgement:
    """Which canonical claim decides the sentence.

    When numbers decide, the claim whose fact shares most words with the sentence wins; a false
    part (contradicted) of nearly the top priority makes the whole sentence false; otherwise
    the top priority wins.
    """
    top = candidates[0]
    by_numbers = [c for c in candidates if c.numbers != "none"]
    if by_numbers:
        best = max(by_numbers, key=lambda c: (c.overlap, c.numbers == "ok", c.priority))
        if (
            top.numbers != "none"
            or best.priority >= top.priority
            or (best.numbers == "ok" and best.priority >= top.priority - 2)
        ):
            plain_false = [
                c
                for c in candidates
                if c.numbers == "none"
                and c.judgement.verdict is Verdict.contradicted
                and c.priority > best.priority
            ]
            return plain_false[0].judgement if plain_false else best.judgement
    for c in candidates:
        if (
            c.numbers != "bad"
            and c.judgement.verdict is Verdict.contradicted
            and (c.priority >= top.priority - 1)
        ):
            return c.judgement
    return top.judgement


# typographic variants written as the ASCII the patterns expect (one character for one, so
# offsets stay valid): "7‑OH" with a non-breaking hyphen, curly apostrophes
_SAME_WIDTH = str.maketrans({"\u2011": "-", "\u2010": "-", "\u2019": "'", "\u2018": "'"})


def _not_a_claim(reason: str, span: tuple[int, int] | None = None) -> Judgement:
    return Judgement(Verdict.not_a_claim, False, (), reason, span)


def _case_story(text: str) -> bool:
    """A case told in the third person ("After a week, she went back to the clinic"), kratom
    not named and no death told: a story, not a claim (a rule that named kratom too hurt the
    held-back folds of the site cross-validation)."""
    lx = lexicon()
    return bool(
        lx.case_story.search(text) and not lx.case_death.search(text) and not lx.kratom.search(text)
    )


def judge(
    text: str, context_kratom: bool = False, heading: bool = False, previous: str = ""
) -> Judgement:
    """The verdict for one sentence; ``context_kratom``: the document around it is about kratom;
    ``heading``: a heading that states something, judged even in Title Case; ``previous``: the
    sentence before it (what a leading "it" may point back to)."""
    lx = lexicon()
    text = mask_agencies(text.strip()).translate(_SAME_WIDTH)
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return _not_a_claim(_("Too short to state a fact."))
    if lx.question.search(text):
        # "How does kratom ease withdrawal?" asks, but takes the treatment for granted
        presumes = bool(lx.presupposing_question.search(text)) and disease_claim(
            text, is_about_kratom(text, context_kratom, previous)
        )
        return Judgement(Verdict.not_a_claim, presumes, (), _("A question, not a claim."))
    if len(words) <= 6 and lx.navigation.search(text):
        return _not_a_claim(_("Navigation or page furniture, not a claim."))
    if text.endswith((":", ";")):
        return _not_a_claim(_("A lead-in to what follows, not a claim."))
    if lx.self_reference.search(text):
        return _not_a_claim(_("The page describing itself, not a claim."))
    about_kratom = is_about_kratom(text, context_kratom, previous)
    instruction = lx.instruction.search(text)
    if instruction and not lx.speech.search(text, 0, instruction.start()):
        # advice, unless a source is reported giving it ("FDA says it should not be used")
        return Judgement(
            Verdict.not_a_claim,
            disease_claim(text, about_kratom),
            (),
            _("Advice or an instruction to the reader, not a claim."),
        )
    cta = lx.call_to_action.search(text)
    quantities = numeric.quantities(text)

    if lx.not_a_claim.search(text):
        return _not_a_claim(_("Not a claim: a label, a note or research still under way."))
    disease = disease_claim(text, about_kratom)
    about_kratom = about_kratom or disease  # subjectless page copy about the product
    if not disease and lx.imperative.search(text):
        return _not_a_claim(_("An instruction to the reader, not a claim."))
    if not disease and lx.personal_story.search(text) and not lx.disease.search(text):
        return _not_a_claim(_("A personal story, not a general claim."))
    if not disease and _case_story(text):
        return _not_a_claim(_("A personal story, not a general claim."))
    if not disease and not heading and is_title(text):
        return _not_a_claim(_("A heading or title, not a claim."))
    sentence_like = text.rstrip().endswith(".") and len(words) >= 5
    stated = bool(lx.assertive.search(text) or sentence_like or disease)
    candidates: list[_Candidate] = []
    legal = check_legal(text) if about_kratom or lx.kratom.search(text) else None
    if legal is not None:
        candidates.append(_Candidate(3, legal, "none"))
    untreated: str | None = None  # masked only when a disease entry matched (speed)
    for match in match_all(text, about_kratom):
        if match.entry.disease:
            untreated = mask_kratom_harm(text) if untreated is None else untreated
            if match.entry.anchor(untreated) is None:
                continue  # the sentence treats kratom's own harm ("kratom addiction treatment")
        candidates.append(_judge_entry(text, match, quantities))
    if not candidates and about_kratom:
        fuzzy = fuzzy_match(text)
        if fuzzy is not None:
            found = _judge_entry(text, Match(fuzzy, 0, 0), quantities)
            j = found.judgement
            candidates.append(
                _Candidate(
                    found.priority,
                    replace(j, span=None),
                    found.numbers,
                )
            )
    candidates.sort(key=lambda c: (-c.priority, -c.overlap))
    if not stated and not (candidates and context_kratom):
        return _not_a_claim(_("No statement is made (no verb)."))
    if candidates:
        chosen = _choose(candidates)
        if chosen.verdict is Verdict.contradicted and chosen.numbers_mismatch:
            rescued = closest_by_numbers(text, quantities, top_only=True)
            if rescued is not None:
                chosen = Judgement(
                    Verdict.supported,
                    False,
                    (rescued[0],),
                    _("The numbers match a fact in the evidence base."),
                    rescued[1],
                )
        chosen = use_report(text, as_report(text, coverage_guard(text, chosen)))
        return Judgement(
            chosen.verdict,
            disease
            or (
                chosen.disease_claim
                and not disease_vetoed(untreated or text, chosen.span[0] if chosen.span else None)
                and chosen.verdict is not Verdict.supported
            ),
            chosen.fact_ids,
            chosen.reason,
            chosen.span,
            chosen.claim_id,
            chosen.numbers_mismatch,
        )
    if cta is not None:
        return _not_a_claim(_("A call to purchase, not a claim."), cta.span())
    if lx.opinion.search(text) and not disease:
        return _not_a_claim(_("An opinion or greeting without a checkable fact."))
    if not about_kratom:
        return _not_a_claim(_("Not a factual statement about kratom."))
    close = closest_fact(text)
    if close is not None:
        return judge_by_fact(text, close, quantities, disease)
    by_numbers = closest_by_numbers(text, quantities)
    if by_numbers is not None:
        fact_id, span = by_numbers
        return Judgement(
            Verdict.supported,
            False,
            (fact_id,),
            _("The numbers match a fact in the evidence base."),
            span,
        )
    return Judgement(
        Verdict.unsupported,
        disease,
        (),
        _("No fact in the evidence base supports or contradicts this claim."),
    )
