"""Verdicts for single sentences: negation, hedges, absolutes, numbers, disease claims."""

from __future__ import annotations

import pytest

from kratomwise.claims import Verdict, judge
from kratomwise.knowledge import has_fact

S, C, U, N = (Verdict.supported, Verdict.contradicted, Verdict.unsupported, Verdict.not_a_claim)


CASES = [
    # negation flips a canonical claim
    ("Kratom can cause dependence.", S, False),
    ("Kratom is not addictive.", C, False),
    ("Kratom is completely non-addictive.", C, False),
    ("There is no evidence that kratom treats opioid use disorder.", S, False),
    ("There are no controlled clinical trials of kratom for opioid withdrawal.", S, False),
    ("Placebo-controlled studies in people prove that kratom eases long-term pain.", C, True),
    # hedges do not rescue a health claim
    ("Kratom may help with opiate cravings.", U, True),
    ("Some users say kratom helps them manage PTSD symptoms.", U, True),
    # structure/function wording is not a disease claim
    ("Kratom supports a positive mood.", U, False),
    ("Kratom boosts energy and focus.", U, False),
    # absolutes
    ("Our kratom is 100% safe with zero side effects.", C, False),
    ("Nobody has ever died from kratom.", C, False),
    # numbers within rounding, and outside it
    ("Mitragynine has a half-life of about 24 hours.", S, False),
    ("Mitragynine has a short half-life of about 3 hours.", C, False),
    ("About 0.7% of Americans used kratom in the past year.", S, False),
    ("About 10% of Americans used kratom in the past year.", C, False),
    ("Seven in every thousand Americans used kratom in the past year.", S, False),
    ("7-OH is 13 times more potent than morphine.", S, False),
    ("7-OH is 50 times more potent than morphine.", C, False),
    # approvals, proofs and regulators
    ("Kratom is FDA approved for pain relief.", C, True),
    ("The FDA has not approved kratom for any medical use.", S, False),
    ("FDA warned kratom sellers over claims that their products treated cancer.", S, False),
    ("In rodent studies, kratom alkaloids reduced signs of opioid withdrawal.", S, False),
    # law
    ("Kratom is legal in all 50 states.", C, False),
    ("Kratom is banned in Alabama.", S, False),
    ("Kratom is legal to buy in France.", C, False),
    ("Kratom is not a federally controlled substance in the United States.", S, False),
    ("Kratom remains a banned narcotic in Thailand.", C, False),
    # not claims
    ("Is kratom safe?", N, False),
    ("Add to cart", N, False),
    ("Use code LEAF20 at checkout for 20% off.", N, False),
    ("Researchers are studying whether kratom could help people with pain.", N, False),
    ("I love the earthy taste of green kratom.", N, False),
    ("Vital signs were within normal limits on arrival.", N, False),
    # a claim nothing settles
    ("Maeng Da is the strongest kratom strain.", U, False),
]


@pytest.mark.parametrize(("text", "verdict", "disease"), CASES)
def test_verdicts(text: str, verdict: Verdict, disease: bool) -> None:
    j = judge(text)
    assert (j.verdict, j.disease_claim) == (verdict, disease), j.reason


def test_every_claim_verdict_but_generic_unsupported_cites_facts() -> None:
    generic = 0
    for text, verdict, _disease in CASES:
        j = judge(text)
        assert j.reason, text
        if verdict is N:
            continue
        if verdict is U and j.claim_id is None and not j.fact_ids:
            generic += 1  # a claim nothing in the evidence settles: no facts to cite
            continue
        assert j.fact_ids and all(has_fact(f) for f in j.fact_ids), text
        assert j.span is not None, text
        start, end = j.span
        assert 0 <= start < end <= len(text), text
    assert generic == 1  # only "the strongest strain" is generic in CASES


def test_document_context_makes_bare_list_items_claims() -> None:
    assert judge("Cures anxiety", context_kratom=True).verdict is U
    assert judge("Cures anxiety", context_kratom=True).disease_claim
