"""Wordings that recur on real pages (issue 13 items 3-5): the verdicts a careful reader signs."""

from __future__ import annotations

import pytest

from kratomwise.claims import check_text, judge
from kratomwise.claims.model import Verdict

S, C, U, N = Verdict.supported, Verdict.contradicted, Verdict.unsupported, Verdict.not_a_claim


@pytest.mark.parametrize(
    ("text", "verdict", "facts"),
    [
        ("Naloxone does not work on kratom.", C, {"IXN-02", "IXN-03"}),
        ("Narcan is useless for kratom.", C, {"IXN-02", "IXN-03"}),
        ("Kratom withdrawal is mild and lasts only a day or two.", C, {"DEP-11", "DEP-12"}),
    ],
)
def test_claims_that_could_cost_a_life(text: str, verdict: Verdict, facts: set[str]) -> None:
    j = judge(text)
    assert j.verdict is verdict
    assert facts <= set(j.fact_ids)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the seed articles' sentences
        ("Its minimal side effects make it an attractive alternative to pharmaceutical drugs.", C),
        ("However, there are few large-scale clinical trials to confirm its efficacy.", S),
        # typical doses: no evidence-based dose, never a number check
        ("The usual dose of kratom is between 2 and 6 grams.", U),
        ("A normal kratom dosage is 1-3 g.", U),
        # negation scope
        ("The FDA has yet to approve kratom for any medical use.", S),
        ("Regulators have approved no kratom product as a medicine.", S),
        # hedges and relative wording
        ("Kratom is fairly safe for most adults.", U),
        ("Kratom is sold as a dietary supplement in many shops.", S),
    ],
)
def test_recurring_wordings(text: str, verdict: Verdict) -> None:
    # in a page about kratom, as the seed articles are
    assert judge(text, context_kratom=True).verdict is verdict


@pytest.mark.parametrize(
    "text",
    [
        "In this article we will look at the history of kratom.",
        "Here is what you need to know about the leaf:",
        "Never mix kratom with alcohol or sleeping pills.",
        "You should talk to a doctor before you try kratom.",
        "If you feel dizzy after a dose, stop and call for help.",
        "Our team reviews every kratom study we can find.",
    ],
)
def test_not_claims(text: str) -> None:
    assert judge(text, context_kratom=True).verdict is N


def test_pronouns_resolve_to_kratom_in_a_kratom_text() -> None:
    text = "Kratom is a tree from Southeast Asia.\nSuch products can cause seizures.\n"
    report = check_text(text, lines=True)
    assert report.sentences[1].verdict is not N
    alone = check_text("Such products can cause seizures.\n", lines=True)
    assert alone.sentences[0].verdict is N


def test_another_medicine_is_not_kratom() -> None:
    text = "Kratom grows in Thailand.\nNaloxone comes as a nasal spray in many pharmacies.\n"
    assert check_text(text).sentences[1].verdict is N


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("How kratom relieves chronic back pain", True),
        ("How does kratom ease opioid withdrawal?", True),
        ("Is kratom a cure for anxiety?", False),
        ("Kratom is a holistic treatment that many people love.", True),
        ("Farmers in Thailand have chewed the leaves for generations to ease fatigue.", False),
        ("The FDA has not approved kratom to treat any disease.", False),
        ("The Centers for Disease Control counted kratom in overdose deaths.", False),
    ],
)
def test_disease_flag(text: str, disease: bool) -> None:
    report = check_text(f"Kratom guide\n\n{text}\n")
    assert report.sentences[-1].disease_claim is disease
