"""Judge one sentence: claim detection, canonical claims, numbers, negation, law, disease."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kratomwise.claims import numeric
from kratomwise.claims.disease import disease_claim, disease_vetoed, mask_agencies
from kratomwise.claims.legal import check_legal
from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.model import Judgement, Verdict
from kratomwise.claims.negation import is_negated
from kratomwise.claims.registry import Entry, Match, fuzzy_match, match_all
from kratomwise.claims.retrieve import closest_by_numbers, closest_fact
from kratomwise.claims.words import fact_stems, stems
from kratomwise.i18n import _
from kratomwise.knowledge import get_fact, has_fact

CLOSE_OVERLAP = 0.6  # a fact sharing this share of the best fact's words is as close
MIN_WORDS = 2  # shorter fragments are never claims

_WORD = re.compile(r"[\w'’-]+")
_NUMBER_REASON = "The number does not match the evidence"


@cache
def _fact_quantities(fact_ids: tuple[str, ...]) -> list[numeric.Quantity]:
    out: list[numeric.Quantity] = []
    for fact_id in fact_ids:
        if has_fact(fact_id):
            out.extend(numeric.cached_quantities(get_fact(fact_id).statement))
    return out


def _ranked_facts(text: str, fact_ids: tuple[str, ...]) -> list[str]:
    """The entry's facts, the one sharing most words with the sentence first."""
    words = stems(text)
    scored = sorted(fact_ids, key=lambda f: -len(words & fact_stems(f)))
    return scored


_WEAK_CONTEXT = frozenset({"used", "use", "using", "survey", "online", "study", "report"})


def _context_agrees(words: set[str], fact_id: str, matched: tuple[numeric.Quantity, ...]) -> bool:
    """A matched number means the same thing: the words around it in the fact recur."""
    statement = get_fact(fact_id).statement
    for q in matched:
        for f in numeric.cached_quantities(statement):
            if numeric.matches(q, [f]):
                around = statement[max(0, f.start - 25) : f.end + 25]
                if (words & stems(around)) - _WEAK_CONTEXT:
                    return True
    return False


def _number_check(
    text: str, entry: Entry, quantities: list[numeric.Quantity]
) -> tuple[str, tuple[str, ...], tuple[numeric.Quantity, ...]]:
    """("ok" | "bad" | "none", deciding facts, wrong numbers) for the sentence's numbers."""
    ranked = _ranked_facts(text, entry.facts)
    any_check = numeric.compare(quantities, _fact_quantities(entry.facts), years=entry.years)
    if any_check.compared == 0:
        return "none", entry.facts, ()
    if all(q.kind == "year" for q in any_check.matched + any_check.mismatched):
        # years alone are weak evidence: any fact of the claim may hold them
        if any_check.agrees:
            return "ok", entry.facts, ()
        return "bad", entry.facts, any_check.mismatched
    best = ranked[0]
    best_check = numeric.compare(quantities, _fact_quantities((best,)), years=entry.years)
    if best_check.compared and best_check.conflicts:
        # the closest fact disagrees; another fact of the entry may still hold the number
        words = stems(text)
        best_overlap = len(words & fact_stems(best))
        for other in ranked[1:4]:
            check = numeric.compare(quantities, _fact_quantities((other,)), years=entry.years)
            if (
                check.agrees
                and len(words & fact_stems(other)) >= best_overlap * CLOSE_OVERLAP
                and _context_agrees(words, other, check.matched)
            ):
                return "ok", (other,), ()
        return "bad", (best,), best_check.mismatched
    if best_check.agrees:
        return "ok", (best,), ()
    if any_check.conflicts:
        return "bad", entry.facts, any_check.mismatched
    if any_check.agrees:
        picked = tuple(
            f
            for f in entry.facts
            if any(numeric.matches(q, _fact_quantities((f,))) for q in any_check.matched)
        )
        return "ok", picked or entry.facts, ()
    return "none", entry.facts, ()


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
        )
    verdict = entry.verdict
    reason = _(entry.reason)
    facts = entry.facts
    numbers = "none"
    if entry.absolute is not None and lx.absolute.search(text):
        verdict = entry.absolute
    if entry.numbers and verdict is Verdict.supported and quantities:
        numbers, facts, wrong = _number_check(text, entry, quantities)
        if numbers == "bad":
            verdict = Verdict.contradicted
            reason = _(_NUMBER_REASON + " ({wrong}). {reason}").format(
                wrong=", ".join(q.text for q in wrong[:3]), reason=reason
            )
    disease = entry.disease and verdict is not Verdict.supported
    overlap = max((len(stems(text) & fact_stems(f)) for f in facts), default=0)
    return _Candidate(
        entry.priority, Judgement(verdict, disease, facts, reason, span, entry.id), numbers, overlap
    )


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


TITLE_SHARE = 0.7  # share of capitalised words that marks a heading ("Kratom for Pain: A Guide")
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the"}
    | {"to", "vs", "with"}
)


def _is_title(text: str) -> bool:
    """Title Case without a full stop: a heading or a product name."""
    if text.rstrip().endswith((".", "!")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return False
    return bool(sum(w[0].isupper() for w in words) / len(words) >= TITLE_SHARE)


_STRICT_ABSOLUTE = re.compile(
    r"\b(never|always|100\s?%|completely|totally|entirely|guaranteed|zero|no one|nobody|"
    r"impossible|every(one|body)?|all (users|people|states|products))\b",
    re.IGNORECASE,
)


def _judge_by_fact(
    text: str, fact_id: str, quantities: list[numeric.Quantity], disease: bool
) -> Judgement:
    """No canonical claim matched, but the sentence restates one fact closely."""
    statement = get_fact(fact_id).statement
    check = numeric.compare(quantities, list(numeric.cached_quantities(statement)), years=True)
    if check.conflicts:
        wrong = ", ".join(q.text for q in check.mismatched[:3])
        return Judgement(
            Verdict.contradicted,
            disease,
            (fact_id,),
            _("The sentence restates a fact but its number differs ({wrong}).").format(wrong=wrong),
        )
    if _STRICT_ABSOLUTE.search(text) and not _STRICT_ABSOLUTE.search(statement):
        return Judgement(
            Verdict.contradicted,
            disease,
            (fact_id,),
            _("The evidence does not support the absolute wording (never, always, every)."),
        )
    return Judgement(
        Verdict.supported,
        disease,  # only a therapeutic assertion the fact happens to share words with
        (fact_id,),
        _("The sentence restates a fact in the evidence base."),
    )


UNCOVERED_SHARE = 0.9  # share of a sentence's content words no deciding fact holds
UNCOVERED_MIN = 6  # ... and at least this many: the sentence says more than the facts cover


def _coverage_guard(text: str, chosen: Judgement) -> Judgement:
    """A supported verdict needs facts that cover the sentence: a topic match with much
    content no fact holds ("a tree with leaves of great medicinal promise") is unsupported."""
    if chosen.verdict is not Verdict.supported or not chosen.fact_ids:
        return chosen
    words = stems(text)
    covered: set[str] = set()
    for fact_id in chosen.fact_ids:
        covered |= fact_stems(fact_id)
    uncovered = words - covered
    if len(uncovered) < UNCOVERED_MIN or len(uncovered) < UNCOVERED_SHARE * len(words):
        return chosen
    return Judgement(
        Verdict.unsupported,
        chosen.disease_claim,
        chosen.fact_ids,
        _("The evidence covers the topic but not most of what the sentence says."),
        chosen.span,
        chosen.claim_id,
    )


def _as_report(text: str, chosen: Judgement) -> Judgement:
    """Reported speech is judged as a report: what others claim is not asserted by the page,
    and a quoted source's figures that differ in detail do not make the page false."""
    lx = lexicon()
    if chosen.verdict is not Verdict.contradicted:
        return chosen
    if lx.others_claim.search(text):
        reason = _("The sentence reports what others claim; the evidence does not bear it out.")
    elif chosen.reason.startswith(_NUMBER_REASON) and lx.speech.search(text):
        reason = _("The sentence reports a source's figures, which the evidence does not match.")
    else:
        return chosen
    return Judgement(
        Verdict.unsupported,
        chosen.disease_claim,
        chosen.fact_ids,
        reason,
        chosen.span,
        chosen.claim_id,
    )


USE_FACTS = ("USE-07", "USE-08", "BOT-04")  # surveys of reasons for use; traditional use


def _use_report(text: str, chosen: Judgement) -> Judgement:
    """A report of use ("people use it for pain"), which surveys and traditional use bear
    out; it says nothing about whether kratom works."""
    therapy = chosen.claim_id is not None and chosen.claim_id.startswith("treats_")
    if not therapy or chosen.verdict is not Verdict.unsupported:
        return chosen
    if not lexicon().use_history.search(text):
        return chosen
    return Judgement(
        Verdict.supported,
        False,
        USE_FACTS,
        _(
            "People do report using kratom this way (surveys, traditional use); that is a "
            "report of use, not evidence that it works."
        ),
        chosen.span,
        chosen.claim_id,
    )


def is_about_kratom(text: str, context_kratom: bool) -> bool:
    """The sentence speaks of kratom: it names it, or the text around it is about kratom and
    the sentence points back to it ("it", "these products") or stays on its topics without
    turning to another medicine ("Narcan is a nasal spray" is about Narcan)."""
    lx = lexicon()
    if lx.kratom.search(text) or lx.pronoun_subject.search(text):
        return True
    if not context_kratom:
        return False
    if lx.anaphor.search(text):
        return True
    on_topic = lx.topic.search(text) or lx.disease.search(text)
    return bool(on_topic) and not lx.other_drug.search(text)


def _not_a_claim(reason: str, span: tuple[int, int] | None = None) -> Judgement:
    return Judgement(Verdict.not_a_claim, False, (), reason, span)


def judge(text: str, context_kratom: bool = False) -> Judgement:
    """The verdict for one sentence; ``context_kratom``: the document around it is about kratom."""
    lx = lexicon()
    text = mask_agencies(text.strip())
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return _not_a_claim(_("Too short to state a fact."))
    if lx.question.search(text):
        # "How does kratom ease withdrawal?" asks, but takes the treatment for granted
        presumes = bool(lx.presupposing_question.search(text)) and disease_claim(
            text, is_about_kratom(text, context_kratom)
        )
        return Judgement(Verdict.not_a_claim, presumes, (), _("A question, not a claim."))
    if len(words) <= 6 and lx.navigation.search(text):
        return _not_a_claim(_("Navigation or page furniture, not a claim."))
    if text.endswith(":"):
        return _not_a_claim(_("A lead-in to what follows, not a claim."))
    if lx.self_reference.search(text):
        return _not_a_claim(_("The page describing itself, not a claim."))
    about_kratom = is_about_kratom(text, context_kratom)
    if lx.instruction.search(text):
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
    if not disease and _is_title(text):
        return _not_a_claim(_("A heading or title, not a claim."))
    sentence_like = text.rstrip().endswith(".") and len(words) >= 5
    stated = bool(lx.assertive.search(text) or sentence_like or disease)
    candidates: list[_Candidate] = []
    legal = check_legal(text) if about_kratom or lx.kratom.search(text) else None
    if legal is not None:
        candidates.append(_Candidate(3, legal, "none"))
    for match in match_all(text, about_kratom):
        candidates.append(_judge_entry(text, match, quantities))
    if not candidates and about_kratom:
        fuzzy = fuzzy_match(text)
        if fuzzy is not None:
            found = _judge_entry(text, Match(fuzzy, 0, 0), quantities)
            j = found.judgement
            candidates.append(
                _Candidate(
                    found.priority,
                    Judgement(j.verdict, j.disease_claim, j.fact_ids, j.reason, None, j.claim_id),
                    found.numbers,
                )
            )
    candidates.sort(key=lambda c: -c.priority)
    if not stated and not (candidates and context_kratom):
        return _not_a_claim(_("No statement is made (no verb)."))
    if candidates:
        chosen = _choose(candidates)
        if chosen.verdict is Verdict.contradicted and chosen.reason.startswith(_NUMBER_REASON):
            rescued = closest_by_numbers(text, quantities, top_only=True)
            if rescued is not None:
                chosen = Judgement(
                    Verdict.supported,
                    False,
                    (rescued[0],),
                    _("The numbers match a fact in the evidence base."),
                    rescued[1],
                )
        chosen = _use_report(text, _as_report(text, _coverage_guard(text, chosen)))
        return Judgement(
            chosen.verdict,
            disease
            or (
                chosen.disease_claim
                and not disease_vetoed(text, chosen.span[0] if chosen.span else None)
                and chosen.verdict is not Verdict.supported
            ),
            chosen.fact_ids,
            chosen.reason,
            chosen.span,
            chosen.claim_id,
        )
    if cta is not None:
        return _not_a_claim(_("A call to purchase, not a claim."), cta.span())
    if lx.opinion.search(text) and not disease:
        return _not_a_claim(_("An opinion or greeting without a checkable fact."))
    if not about_kratom:
        return _not_a_claim(_("Not a factual statement about kratom."))
    close = closest_fact(text)
    if close is not None:
        return _judge_by_fact(text, close, quantities, disease)
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
