"""Triage: worked examples T-1..T-16, every code rule, every combination rule, resources."""

from __future__ import annotations

import pytest

from kratomwise.assess.triage import (
    CODE_DEFS,
    CODES,
    DEPRESSANT_CODES,
    LEVELS,
    WITHDRAWAL_CODES,
    UnknownCode,
    highest,
    triage,
    withdrawal_cluster,
)
from kratomwise.knowledge.resources import ResourceError

# (id, codes, level, rules fired, naloxone_advised, crisis_resources)
WORKED = [
    ("T-1", [], "self_care", set(), False, False),
    ("T-2", ["unresponsive"], "emergency", {"TR-unresponsive"}, True, False),
    (
        "T-3",
        ["excessive_drowsiness", "used_with_alcohol"],
        "emergency",
        {"TR-excessive_drowsiness", "TR-used_with_alcohol", "TR-C1"},
        True,
        False,
    ),
    ("T-4", ["slurred_speech"], "urgent", {"TR-slurred_speech"}, False, False),
    (
        "T-5",
        ["dark_urine", "right_upper_abdominal_pain"],
        "urgent",
        {"TR-dark_urine", "TR-right_upper_abdominal_pain", "TR-C3"},
        False,
        False,
    ),
    ("T-6", ["pale_stool"], "see_clinician", {"TR-pale_stool"}, False, False),
    (
        "T-7",
        ["diarrhea", "sweating", "insomnia"],
        "self_care",
        {"TR-diarrhea", "TR-sweating", "TR-insomnia"},
        False,
        False,
    ),
    (
        "T-8",
        ["diarrhea", "sweating", "insomnia", "muscle_aches"],
        "see_clinician",
        {"TR-diarrhea", "TR-sweating", "TR-insomnia", "TR-muscle_aches", "TR-C6"},
        False,
        False,
    ),
    (
        "T-9",
        ["pregnant", "runny_nose"],
        "urgent",
        {"TR-pregnant", "TR-runny_nose", "TR-C4"},
        False,
        False,
    ),
    (
        "T-10",
        ["suicidal_thoughts", "cravings"],
        "urgent",
        {"TR-suicidal_thoughts", "TR-cravings"},
        False,
        True,
    ),
    (
        "T-11",
        ["used_with_opioids", "took_7oh_product"],
        "urgent",
        {"TR-used_with_opioids", "TR-took_7oh_product", "TR-C5"},
        False,
        False,
    ),
    (
        "T-12",
        ["fainting", "racing_or_irregular_heartbeat"],
        "emergency",
        {"TR-fainting", "TR-racing_or_irregular_heartbeat", "TR-C2"},
        False,
        False,
    ),
    ("T-13", ["jaundice", "nausea"], "urgent", {"TR-jaundice", "TR-nausea"}, False, False),
    ("T-14", ["seizure", "insomnia"], "emergency", {"TR-seizure", "TR-insomnia"}, False, False),
    (
        "T-15",
        ["confusion", "used_with_benzodiazepines"],
        "emergency",
        {"TR-confusion", "TR-used_with_benzodiazepines", "TR-C1"},
        True,
        False,
    ),
]


@pytest.mark.parametrize(
    ("example", "codes", "level", "rules", "naloxone", "crisis"), WORKED, ids=[w[0] for w in WORKED]
)
def test_worked_example(
    example: str, codes: list[str], level: str, rules: set[str], naloxone: bool, crisis: bool
) -> None:
    result = triage(codes)
    assert result.level == level
    assert set(result.rule_ids) == rules
    assert result.naloxone_advised is naloxone
    assert result.crisis_resources is crisis


def test_worked_example_levels_of_fired_rules() -> None:
    levels = {
        r.id: r.level for r in triage(["excessive_drowsiness", "used_with_alcohol"]).fired_rules
    }
    assert levels == {
        "TR-excessive_drowsiness": "urgent",
        "TR-used_with_alcohol": "see_clinician",
        "TR-C1": "emergency",
    }


def test_t16_unknown_code_triages_nothing() -> None:
    with pytest.raises(UnknownCode) as info:
        triage(["nausea", "made_up_code"])
    assert info.value.unknown == ("made_up_code",)
    assert "nausea" in str(info.value)  # the message lists the valid codes


def test_closed_list() -> None:
    # the reference's 41 codes plus a child who swallowed kratom, a newborn in withdrawal and
    # breastfeeding (issue #12)
    assert len(CODES) == 44
    counts = {level: sum(c.level == level for c in CODE_DEFS.values()) for level in LEVELS}
    assert counts == {"emergency": 11, "urgent": 8, "see_clinician": 11, "self_care": 14}
    assert CODE_DEFS["child_swallowed_kratom"].level == "emergency"
    assert CODE_DEFS["newborn_withdrawal_signs"].level == "urgent"
    assert CODE_DEFS["breastfeeding"].level == "see_clinician"
    assert len(WITHDRAWAL_CODES) == 13 and "low_mood" not in WITHDRAWAL_CODES
    assert {
        "used_with_opioids",
        "used_with_benzodiazepines",
        "used_with_alcohol",
        "took_7oh_product",
        "recent_abstinence",
    } == DEPRESSANT_CODES


def test_levels_are_ordered() -> None:
    assert LEVELS == ("self_care", "see_clinician", "urgent", "emergency")
    assert highest(["urgent", "self_care"]) == "urgent" and highest([]) == "self_care"


@pytest.mark.parametrize("code", list(CODES))
def test_every_code_rule(code: str) -> None:
    result = triage([code])
    own = [r for r in result.fired_rules if r.id == f"TR-{code}"]
    assert len(own) == 1
    assert own[0].level == CODE_DEFS[code].level
    assert own[0].codes == (code,)
    assert own[0].source.strip() and "http" in own[0].source
    assert result.level == CODE_DEFS[code].level  # one code alone fires no combination
    assert all(not r.id.startswith("TR-C") for r in result.fired_rules)


NALOXONE = {
    "unresponsive",
    "slow_or_stopped_breathing",
    "blue_lips",
    "choking_or_gurgling_sounds",
    "pinpoint_pupils_with_drowsiness",
}


@pytest.mark.parametrize("code", list(CODES))
def test_naloxone_and_crisis_flags_per_code(code: str) -> None:
    result = triage([code])
    assert result.naloxone_advised is (code in NALOXONE)
    assert result.crisis_resources is (code in {"suicidal_thoughts", "suicidal_thoughts_with_plan"})


@pytest.mark.parametrize("sedation", ["excessive_drowsiness", "slurred_speech", "confusion"])
@pytest.mark.parametrize("context", sorted(DEPRESSANT_CODES))
def test_c1_every_sedation_and_context_pair(sedation: str, context: str) -> None:
    result = triage([sedation, context])
    assert result.fired("TR-C1") and result.level == "emergency" and result.naloxone_advised


def test_c1_needs_both_halves() -> None:
    assert not triage(["excessive_drowsiness", "slurred_speech"]).fired("TR-C1")
    assert not triage(["used_with_alcohol"]).fired("TR-C1")


def test_c2() -> None:
    assert not triage(["fainting"]).fired("TR-C2")
    assert triage(["racing_or_irregular_heartbeat", "fainting"]).level == "emergency"


@pytest.mark.parametrize(
    "pair",
    [
        ["dark_urine", "pale_stool"],
        ["pale_stool", "right_upper_abdominal_pain"],
        ["dark_urine", "pale_stool", "right_upper_abdominal_pain"],
    ],
)
def test_c3_liver_cluster(pair: list[str]) -> None:
    result = triage(pair)
    assert result.fired("TR-C3") and result.level == "urgent"


@pytest.mark.parametrize("w", sorted(WITHDRAWAL_CODES))
def test_c4_pregnancy_with_each_withdrawal_code(w: str) -> None:
    result = triage(["pregnant", w])
    assert result.fired("TR-C4") and result.level == "urgent"


def test_c4_not_for_low_mood() -> None:
    assert not triage(["pregnant", "low_mood"]).fired("TR-C4")


def test_c5_two_depressants() -> None:
    assert triage(["used_with_alcohol", "recent_abstinence"]).fired("TR-C5")
    assert not triage(["used_with_alcohol"]).fired("TR-C5")
    assert triage(["used_with_alcohol", "used_with_alcohol"]).rule_ids == ("TR-used_with_alcohol",)


def test_c6_threshold_is_four_distinct() -> None:
    four = ["diarrhea", "nausea", "yawning", "cravings"]
    assert triage(four).fired("TR-C6") and withdrawal_cluster(four)
    assert not triage([*four[:3], "low_mood"]).fired("TR-C6")
    assert not withdrawal_cluster(four[:3] + four[:3])


def test_rules_listed_in_table_order_then_combinations() -> None:
    result = triage(["used_with_alcohol", "excessive_drowsiness", "used_with_opioids"])
    assert result.rule_ids == (
        "TR-excessive_drowsiness",
        "TR-used_with_opioids",
        "TR-used_with_alcohol",
        "TR-C1",
        "TR-C5",
    )


def test_no_rule_lowers_a_level() -> None:
    assert triage(["seizure", "diarrhea", "nausea", "yawning", "cravings"]).level == "emergency"


def test_as_dict_contract() -> None:
    doc = triage(["unresponsive"], "US").as_dict()
    assert set(doc) == {
        "level",
        "fired_rules",
        "naloxone_advised",
        "crisis_resources",
        "advice",
        "resources",
    }
    assert set(doc["fired_rules"][0]) == {"id", "level", "codes", "source"}
    assert all(set(r) == {"kind", "name", "phone", "url"} for r in doc["resources"])


def test_resources_emergency_and_poison_first() -> None:
    result = triage(["slow_or_stopped_breathing"], "US")
    kinds = [r.kind for r in result.resources]
    assert kinds[:2] == ["emergency", "poison_control"]
    assert result.resources[0].phone == "911"
    assert "naloxone_access" in kinds


def test_naloxone_advice_says_it_may_only_partly_work() -> None:
    advice = " ".join(triage(["blue_lips"]).advice)
    assert "only partly work after kratom" in advice and "second dose" in advice
    assert "naloxone" not in " ".join(triage(["nausea"]).advice).lower()


def test_crisis_lines_first_for_suicidal_thoughts() -> None:
    us = triage(["suicidal_thoughts"], "US")
    assert [r.phone for r in us.resources[:2]] == ["988", "911"]
    gb = triage(["suicidal_thoughts"], "gb")
    assert [(r.name, r.phone) for r in gb.resources[:2]] == [
        ("Samaritans", "116 123"),
        ("Emergency services (999 / 112)", "999"),
    ]
    assert "poison_control" not in [r.kind for r in gb.resources]


def test_international_fallback() -> None:
    result = triage(["suicidal_thoughts"])
    assert result.country is None
    assert [(r.url, r.phone) for r in result.resources] == [
        ("https://findahelpline.com", None),
        (None, "112"),
    ]
    # a valid country without rows of its own falls back too
    assert triage([], "IS").resources[0].phone == "112"


def test_invalid_country() -> None:
    with pytest.raises(ResourceError):
        triage([], "XX")
    assert issubclass(ResourceError, ValueError)
