"""The disease-claim flag: a therapeutic assertion that kratom treats, cures, relieves,
mitigates or prevents a disease or its symptoms (issue 9, label rules in tests/data/README.md).

It is not raised for structure/function wording ("supports mood"), for questions, for reports
of what others claim or studied, for debunking or negated sentences, or when the thing said to
treat the disease is another medicine ("buprenorphine treats opioid use disorder").
"""

from __future__ import annotations

import re
from functools import cache

from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.names import kratom_names_pattern
from kratomwise.claims.negation import clause_start, is_negated

AFTER_WINDOW = 80  # characters after a therapeutic verb in which its disease may follow
BEFORE_WINDOW = 15  # ... or before it ("pain relief")
OUTCOME_WINDOW = 60  # characters before an outcome phrase ("... is gone") that hold the disease

_POSSESSIVE = re.compile(r"\b(my|his|her|their|our)\b", re.IGNORECASE)
_REFERS = "it|this|k|the leaf"  # words that point back to kratom in a first-person story


@cache
def _by_kratom() -> re.Pattern[str]:
    """The improvement put down to kratom ("since taking kratom", "thanks to it")."""
    return re.compile(
        r"\b(with|thanks to|since|after|because of|on|using|taking|from|by|when)\s+"
        rf"(\w+\s+){{0,3}}({kratom_names_pattern()}|{_REFERS})\b",
        re.IGNORECASE,
    )


@cache
def _kratom_word() -> re.Pattern[str]:
    return re.compile(rf"\b({kratom_names_pattern()}|{_REFERS})\b", re.IGNORECASE)


# "kratom addiction", "addicted to kratom": a harm of kratom, which nobody claims it treats
_HARM_OF_KRATOM = re.compile(r"(\bkratom|\b7-?oh|\bmitragynine|\bto kratom)[\s-]+$", re.IGNORECASE)
# a programme that treats ("these therapies help people ...", "medical detox eases ...")
_PROGRAMME = re.compile(
    r"(therapies|counsel+ing|detox\w*|rehab\w*|programs?|programmes?|interventions|"
    r"modalities|methods|approaches)\b",
    re.IGNORECASE,
)
# "Unlike methadone, kratom relieves ...": a contrast, not a negation of the claim.
_UNLIKE = re.compile(r"\bunlike\b[^,;.]{0,40},", re.IGNORECASE)
# Names that hold a disease word but name an agency ("Centers for Disease Control")
_AGENCY = re.compile(r"\b(centers? for )?disease control( and prevention)?\b", re.IGNORECASE)


def mask_agencies(text: str) -> str:
    """Agency names that hold a disease word blanked out (same length: offsets stay valid)."""
    return _AGENCY.sub(lambda m: " " * len(m.group(0)), text)


# words without which lexicon().kratom_harm cannot match
_HARM_HINT = re.compile(
    r"addict|depend|withdraw|detox|abuse|misuse|habit|crav|hooked|wean|taper|quit|stop|"
    r"\boff\b|recover|break free|disorder",
    re.IGNORECASE,
)
TREATMENT_WORD = "detox"  # stands in for "kratom addiction treatment" (another subject)


def mask_kratom_harm(text: str) -> str:
    """Kratom's own harm as the thing treated ("kratom addiction treatment", "help to stop
    using it") blanked out, kratom's name kept (same length: offsets stay valid)."""
    if _HARM_HINT.search(text) is None:
        return text  # a cheap first look: most sentences name no harm or stopping at all
    found = lexicon().kratom_harm
    if found.search(text) is None:
        return text
    chars = list(text)
    for match in found.finditer(text):
        group = next(name for name in ("care", "harm", "act") if match.group(name))
        start, end = match.start(group), match.end(group)
        # the treatment itself becomes the subject ("detox"), which treats; kratom does not
        fill = TREATMENT_WORD if group == "care" else ""
        chars[start:end] = fill.ljust(end - start)[: end - start]
    return "".join(chars)


def disease_vetoed(text: str, anchor: int | None = None) -> bool:
    """Sentences that never make a disease claim of their own: questions, reports of what
    others claimed or studied, and debunking ("claims that it cures cancer are false"); with
    ``anchor`` (where a claim's verb starts), also a claim whose subject is another medicine."""
    lx = lexicon()
    asks = lx.question.search(text) and not lx.presupposing_question.search(text)
    use = lx.use_history.search(text) and not lx.efficacy.search(text)
    if asks or lx.reporting.search(text) or lx.debunk.search(text) or use:
        return True
    return anchor is not None and _other_subject(text, anchor)


def _other_subject(text: str, pos: int) -> bool:
    """The verb at ``pos`` has another medicine, not kratom, as its subject (or the word at
    ``pos`` names one: "these therapies help ...")."""
    lx = lexicon()
    if _PROGRAMME.match(text, pos):
        return True
    before = text[clause_start(text, pos) : pos]
    drugs = list(lx.other_drug.finditer(before))
    if not drugs:
        return False
    return not lx.kratom.search(before[drugs[-1].end() :])


def _about_kratom(text: str, about_kratom: bool) -> bool:
    """Kratom is the subject, or the sentence is page copy with no subject of its own
    ("Powerful relief for chronic pain sufferers", "Say goodbye to back pain")."""
    lx = lexicon()
    if about_kratom:
        return True
    return bool(lx.subjectless.search(text)) and not lx.other_drug.search(text)


def _verb_claim(text: str) -> bool:
    """A therapeutic verb or noun with a disease or symptom next to it."""
    lx = lexicon()
    for therapy in lx.therapeutic.finditer(text):
        start, end = therapy.start(), therapy.end()
        disease = lx.disease.search(text, start, min(len(text), end + AFTER_WINDOW))
        if disease is None:
            disease = lx.disease.search(text, max(0, start - BEFORE_WINDOW), end)
        if disease is None or is_negated(text, start, end) or _other_subject(text, start):
            continue
        if _HARM_OF_KRATOM.search(text, 0, disease.start()):
            continue  # "treated for kratom addiction": the disease is kratom's own harm
        # a negation inside the verb phrase itself ("no longer need") does not deny the disease
        masked = text[:start] + " " * (end - start) + text[end:]
        if disease.start() >= end and is_negated(masked, disease.start(), disease.end()):
            continue
        return True
    return False


def _outcome_claim(text: str) -> bool:
    """A disease followed by its improvement put down to kratom ("my pain is gone")."""
    lx = lexicon()
    for after in lx.therapeutic_after.finditer(text):
        disease = lx.disease.search(text, max(0, after.start() - OUTCOME_WINDOW), after.start())
        if disease is None or is_negated(text, disease.start(), disease.end()):
            continue
        if is_negated(text, after.start(), after.end()):
            continue
        # the improvement must be put down to kratom, or be told by the person who had it
        owned = _POSSESSIVE.search(text[max(0, disease.start() - 25) : disease.end()])
        caused = (
            _by_kratom().search(text[after.start() : after.end() + 50])
            or _by_kratom().search(text[: disease.start()])
            or _kratom_word().search(after.group(0))
            or _kratom_word().search(text[disease.end() : after.start()])
        )
        if owned or caused:
            return True
    return False


def _generic_claim(text: str) -> bool:
    """Therapeutic wording with no disease named ("a holistic treatment"), not denied."""
    found = lexicon().therapeutic_generic.search(text)
    return found is not None and not is_negated(text, found.start(), found.end())


def disease_claim(text: str, about_kratom: bool) -> bool:
    """A therapeutic assertion: kratom treats, cures, relieves or prevents a disease/symptom."""
    text = mask_agencies(text)
    named = lexicon().disease.search(text)
    if not named and not lexicon().therapeutic_generic.search(text):
        return False  # no disease, symptom or therapeutic wording: nothing to check (and fast)
    if not _about_kratom(text, about_kratom) or disease_vetoed(text):
        return False
    masked = mask_kratom_harm(text)
    if masked != text:  # kratom's own harm blanked: look again for a disease it treats
        text, named = masked, lexicon().disease.search(masked)
    if not named:
        return _generic_claim(text)
    text = _UNLIKE.sub(lambda m: " " * len(m.group(0)), text)
    return _verb_claim(text) or _outcome_claim(text)
