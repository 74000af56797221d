"""General mechanisms that carry to pages nobody tuned on (issue 13, site cross-validation):
every sentence here is our own wording, judged in a short text about kratom."""

from __future__ import annotations

import pytest

from kratomwise.claims import check_text
from kratomwise.claims.model import SentenceResult, Verdict

S, C, U, N = Verdict.supported, Verdict.contradicted, Verdict.unsupported, Verdict.not_a_claim
OPENING = "Kratom is a tree from Southeast Asia.\n"


def last(text: str) -> SentenceResult:
    """The last sentence of ``text`` checked after a kratom opening line."""
    return check_text(OPENING + text).sentences[-1]


@pytest.mark.parametrize(
    "text",
    [
        # the page, the paper or the organisation describing itself
        "Here we present a case of liver injury after kratom use.",
        "This short guide explains how kratom is sold.",
        "At Green Valley Recovery, we treat kratom dependence.",
        "Below, we look at the kratom laws of each state.",
        # "it" that stands for nothing, the writer, a wh-fragment, a case told about someone
        "It can be hard to stay calm on a busy day.",
        "Our busy days leave us drained and low on energy.",
        "How long the effects of kratom last",
        "How strongly it acts varies from one person to the next.",
        # the body itself is the subject, and "its" points to the organ
        "The liver filters the blood and renews its own cells quickly.",
        "Beginning with a small amount is advised for newcomers.",
        "After a week she went back to the clinic.",
        # advice put as the writer's duty or as a starting point
        "We must stress caution with any strong botanical.",
        "For a first try, a small amount is usually a good place to start.",
        "The key to a calm first try is a small amount.",
        "Many readers are wondering about what kratom does to the liver.",
        "It all makes one ask: “Is kratom hard on the liver?”",
        "I need more facts before I decide anything.",
    ],
)
def test_not_claims(text: str) -> None:
    assert last(text).verdict is N


def test_a_death_told_about_someone_stays_a_claim() -> None:
    assert last("He died after taking kratom with alcohol.").verdict is not N


def test_a_pronoun_after_another_drug_points_back_to_it() -> None:
    text = "Naloxone is an opioid antagonist.\nIt binds to opioid receptors more tightly.\n"
    assert last(text).verdict is N
    assert last("It binds to opioid receptors.").verdict is S  # after the kratom line


@pytest.mark.parametrize(
    "text",
    [
        "Kratom addiction treatment can ease cravings and help people recover.",
        "These therapies help people cope with anxiety.",
        "Many people use kratom every day to manage back pain.",
        "People are using an herbal supplement to ease their opioid withdrawal.",
        "One adult in five lives with chronic pain, and many suffer from anxiety too.",
    ],
)
def test_no_disease_claim_when_kratom_is_not_what_treats(text: str) -> None:
    assert last(text).disease_claim is False


def test_kratom_easing_cravings_is_still_a_disease_claim() -> None:
    assert last("Kratom can ease cravings for opioids.").disease_claim is True


@pytest.mark.parametrize(
    "text",
    [
        "Quitting kratom safely takes a plan.",
        "It is safe to say that kratom is popular.",
        "Natural does not always mean safe.",
        "Many users are not aware of the harmful effects of kratom.",
        "According to one vendor, kratom is completely safe.",
        # a number about something else than the fact's figure
        "Kratom turned up in 5% of the samples a state lab tested in 2017.",
    ],
)
def test_not_contradicted(text: str) -> None:
    assert last(text).verdict is not C


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Kratom is completely safe.", "safe"),
        ("Experts say naloxone does not work on kratom.", "naloxone_fails"),
        ("Kratom is completely unregulated in the US.", "legal_without_limits"),
        ("Kratom is a synthetic opioid.", "kratom_synthetic"),
        ("Kratom was found in 5% of overdose deaths in the CDC data.", "death_counts"),
        ("Kratom is far less addictive than prescription opioids.", "less_addictive_than_opioids"),
        ("The herb has proved to be very useful for easing back pain.", "clinically_proven"),
        ("No cases of liver damage from kratom have ever been reported.", "no_recorded_harm"),
        ("No liver problems have been recorded in people who use kratom.", "no_recorded_harm"),
        ("It is not harmful when taken in sensible amounts.", "harm_only_at_high_doses"),
        ("The FDA does not regulate kratom products.", "legal_without_limits"),
    ],
)
def test_contradicted(text: str, claim_id: str) -> None:
    result = last(text)
    assert (result.verdict, result.claim_id) == (C, claim_id)


def test_withdrawal_items_are_checked_against_withdrawal_facts() -> None:
    text = "Stopping the drug after daily use can bring withdrawal symptoms, which include:\n"
    items = ["- a runny nose", "- trouble sleeping", "- itchy elbows"]
    report = check_text(OPENING + text + "\n".join(items) + "\n")
    assert [s.verdict for s in report.sentences[-3:]] == [S, S, U]


def test_opioid_like_effects_are_supported() -> None:
    result = last("Kratom has effects similar to those of opioids.")
    assert (result.verdict, result.claim_id) == (S, "opioid_like_effects")


@pytest.mark.parametrize(
    ("text", "claim_id", "matches"),
    [
        ("Kratom and opioids both act on the brain.", "combination_depressants", False),
        ("Taking kratom with alcohol slows breathing.", "combination_depressants", True),
        ("Clear labeling helps buyers compare kratom products.", "consumer_protection_act", False),
        ("Colorado requires labels on kratom products.", "consumer_protection_act", True),
    ],
)
def test_broad_entries_need_their_own_words(text: str, claim_id: str, matches: bool) -> None:
    assert (last(text).claim_id == claim_id) is matches
