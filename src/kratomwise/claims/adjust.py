"""Second looks at a verdict: coverage of the sentence by its facts, reported speech,
reports of use, and a sentence that restates one fact."""

from __future__ import annotations

import re

from kratomwise.claims import numeric
from kratomwise.claims.legal import LEGAL_CLAIM_ID
from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.model import Judgement, Verdict
from kratomwise.claims.words import fact_stems, stems
from kratomwise.i18n import _
from kratomwise.knowledge import get_fact, has_fact

_STRICT_ABSOLUTE = re.compile(
    r"\b(never|always|100\s?%|completely|totally|entirely|guaranteed|zero|no one|nobody|"
    r"impossible|every(one|body)?|all (users|people|states|products))\b",
    re.IGNORECASE,
)


def judge_by_fact(
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


def coverage_guard(text: str, chosen: Judgement) -> Judgement:
    """A supported verdict needs facts that cover the sentence: a topic match with much
    content no fact holds ("a tree with leaves of great medicinal promise") is unsupported."""
    if chosen.verdict is not Verdict.supported or not chosen.fact_ids:
        return chosen
    if chosen.claim_id == LEGAL_CLAIM_ID:
        return chosen  # the law data decided the place's status, not a topic match
    words = stems(text)
    covered: set[str] = set()
    for fact_id in chosen.fact_ids:
        covered |= fact_stems(fact_id)
    uncovered = words - covered
    if _uncovered_figure(text, chosen.fact_ids):
        reason = _("The sentence gives a figure that none of the facts on its topic holds.")
    elif _HEDGED_BENEFIT.search(text) and not lexicon().evidence_absence.search(text):
        reason = _("The sentence adds a health benefit (hedged or not) that no fact supports.")
    elif _uncovered_items(text, covered):
        reason = _("Most of the things the sentence lists are not in the facts on its topic.")
    elif len(uncovered) >= UNCOVERED_MIN and len(uncovered) >= UNCOVERED_SHARE * len(words):
        reason = _("The evidence covers the topic but not most of what the sentence says.")
    else:
        return chosen
    return _unsupported(chosen, reason)


# a benefit put with a hedge ("potential medicinal benefits", "supposedly combats illness"):
# hedges do not rescue a benefit claim, so a topic fact cannot support the sentence
_HEDGED_BENEFIT = re.compile(
    r"\b(potential|supposed(ly)?|alleged(ly)?|purported(ly)?|claimed)\b[\s,]+(\w+[\s,-]+){0,3}?"
    r"(health |medicinal |therapeutic )?(benefits?|properties|pain-reliev\w*|remed\w*|combat\w*|"
    r"cur(e|es|ing)|treat(s|ing)?|heal(s|ing)?)\b",
    re.IGNORECASE,
)
# a list of three or more short items after "include" or "such as": "include nausea, tremors,
# hallucinations and insomnia"
_ITEM = r"[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){0,2}"
_ENUMERATION = re.compile(
    r"\b(?:include|includes|including|such as|symptoms like):?\s+"
    rf"((?:{_ITEM}, ){{2,}}(?:and |or )?{_ITEM})",
    re.IGNORECASE,
)
UNCOVERED_ITEMS = 0.5  # more than this share of a list's items in no deciding fact


def _uncovered_items(text: str, covered: set[str]) -> bool:
    """A list whose items are mostly not in the deciding facts ("side effects include
    hallucinations, listlessness, tremors and aggression" against facts naming one of them)."""
    for found in _ENUMERATION.finditer(text):
        items = re.split(r",\s*(?:and |or )?|\s+(?:and|or)\s+", found.group(1))
        named = [stems(item) for item in items if stems(item)]
        if len(named) < 3:
            continue
        missing = sum(1 for item in named if 2 * len(item & covered) <= len(item))
        if missing > UNCOVERED_ITEMS * len(named):
            return True
    return False


def _uncovered_figure(text: str, fact_ids: tuple[str, ...]) -> bool:
    """A telling number (a share, an amount, a count, a year) that no deciding fact holds:
    "70 % of the men in one region use it" is more than a fact on where kratom grows says."""
    telling = [q for q in numeric.quantities(text) if q.kind != "count" or q.value >= 2]
    if not telling:
        return False
    held: list[numeric.Quantity] = []
    for fact_id in fact_ids:
        if has_fact(fact_id):
            held.extend(numeric.cached_quantities(get_fact(fact_id).statement))
    return not any(numeric.matches(q, held) for q in telling)


# claims that stay contradicted even when a source is quoted saying them: a reader could act
# on them in an overdose (issue 13: negated naloxone claims are contradicted)
ALWAYS_CONTRADICTED = frozenset({"naloxone_fails"})


def as_report(text: str, chosen: Judgement) -> Judgement:
    """Reported speech is judged as a report: what others claim is not asserted by the page,
    and a quoted source's figures that differ in detail do not make the page false."""
    lx = lexicon()
    if chosen.verdict is not Verdict.contradicted:
        return chosen
    if lx.others_claim.search(text):
        reason = _("The sentence reports what others claim; the evidence does not bear it out.")
    elif chosen.numbers_mismatch and lx.speech.search(text):
        reason = _("The sentence reports a source's figures, which the evidence does not match.")
    elif lx.speech.search(text) and chosen.claim_id not in ALWAYS_CONTRADICTED:
        reason = _("The sentence reports what a source says; the evidence does not bear it out.")
    elif chosen.numbers_mismatch and _other_period(text, chosen.fact_ids):
        reason = _("The figure is for a year no fact covers, so the evidence cannot check it.")
    else:
        return chosen
    return _unsupported(chosen, reason)


def _other_period(text: str, fact_ids: tuple[str, ...]) -> bool:
    """The sentence dates its figure to years none of the facts speaks of ("in 2021" against
    a 2019 survey): a different measurement, not a wrong one."""
    years = {q.value for q in numeric.quantities(text) if q.kind == "year"}
    if not years:
        return False
    held = {
        q.value
        for fact_id in fact_ids
        if has_fact(fact_id)
        for q in numeric.cached_quantities(get_fact(fact_id).statement)
        if q.kind == "year"
    }
    return not years & held


USE_FACTS = ("USE-07", "USE-08", "BOT-04")  # surveys of reasons for use; traditional use
# claims that kratom treats something, or replaces a medicine: reported as use, surveys bear
# them out
THERAPY_CLAIMS = ("treats_", "alternative_to_medicines")


def use_report(text: str, chosen: Judgement) -> Judgement:
    """A report of use ("people use it for pain"), which surveys and traditional use bear
    out; it says nothing about whether kratom works."""
    therapy = chosen.claim_id is not None and chosen.claim_id.startswith(THERAPY_CLAIMS)
    if not therapy or chosen.verdict is not Verdict.unsupported:
        return chosen
    if not lexicon().use_history.search(text) or lexicon().efficacy.search(text):
        return chosen  # "used it successfully to quit" reports that it worked, not only use
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


def _unsupported(chosen: Judgement, reason: str) -> Judgement:
    """``chosen`` with the verdict unsupported for ``reason`` (facts, span and flag kept)."""
    return Judgement(
        Verdict.unsupported,
        chosen.disease_claim,
        chosen.fact_ids,
        reason,
        chosen.span,
        chosen.claim_id,
    )
