"""Issue 12 items 1-3: overdose help for depressants, spelling matches, content."""

from __future__ import annotations

import pytest

from kratomwise.interactions import check, resolve
from kratomwise.interactions.resolve import FUZZY_MAX_EDITS, FUZZY_MIN_CONFIDENCE
from kratomwise.interactions.safety import naloxone_guidance, overdose_signs


def _check(*names: str):  # type: ignore[no-untyped-def]
    return check(list(names), use_library=False)


def _pair(name: str):  # type: ignore[no-untyped-def]
    (pair,) = _check(name).pairs
    return pair


@pytest.mark.parametrize(
    "name",
    [
        "beer",
        "gabapentin",
        "pregabalin",
        "phenibut",
        "GHB",
        "zolpidem",
        "Soma",
        "meprobamate",
        "Benadryl",
        "kava",
        "tranq",
    ],
)
def test_every_depressant_gets_overdose_signs_and_naloxone(name: str) -> None:
    report = _check(name)
    assert report.overdose_first is True
    data = report.as_dict()
    assert data["overdose_first"] is True
    texts = [item["text"] for item in data["safety"]]
    signs, naloxone = overdose_signs(), naloxone_guidance()
    assert texts == [signs.heading, *signs.points, naloxone.heading, *naloxone.points]
    assert data["safety"][0]["fact_ids"] == list(signs.fact_ids)
    assert data["safety"][-1]["fact_ids"] == list(naloxone.fact_ids)


@pytest.mark.parametrize("name", ["coffee", "Advil", "lamotrigine", "grapefruit juice"])
def test_no_depressant_no_safety_block(name: str) -> None:
    data = _check(name).as_dict()
    assert data["overdose_first"] is False and data["safety"] == []


def test_pairs_and_groups_carry_advice_lists() -> None:
    data = _check("Percocet", "Xanax").as_dict()
    assert all(isinstance(p["advice"], list) for p in data["pairs"] + data["groups"])
    alprazolam = next(p for p in data["pairs"] if p["b"] == "alprazolam")
    assert alprazolam["advice"][0] == (
        "Avoid this combination. If you use both, never use alone, carry naloxone and know the "
        "signs of overdose."
    )


def test_meprobamate_is_its_own_sedative_not_yerba_mate() -> None:
    res = resolve("meprobamate", use_library=False)
    assert res.names == ("meprobamate",) and res.matched_by == "generic"
    assert _pair("meprobamate").severity == "unsafe"
    assert _pair("carisoprodol").severity == "unsafe"


def test_loose_spelling_is_unknown_with_suggestions() -> None:
    assert FUZZY_MAX_EDITS == 2 and FUZZY_MIN_CONFIDENCE == 0.85
    res = resolve("xanix", use_library=False)  # 1 edit in 5 letters: 80 %, below the bar
    assert not res.resolved and res.suggestions == ("Xanax",)
    report = _check("xanix")
    assert report.highest_severity == "unknown" and report.pairs == ()
    close = resolve("meprobamote", use_library=False)  # 1 edit in 11 letters: 91 %
    assert close.names == ("meprobamate",) and close.confidence == 0.91


def test_fuzzy_match_never_rated_below_unknown() -> None:
    res = resolve("cofffee", use_library=False)
    assert res.matched_by == "fuzzy" and res.confidence == 0.86
    report = _check(res.input)
    (pair,) = report.pairs
    assert pair.severity == "unknown"
    assert pair.reasons[0].rule_id == "spelling-unconfirmed"
    assert report.highest_severity == "unknown"
    assert _check("coffee").highest_severity == "low_risk"  # confirmed: its own rating


@pytest.mark.parametrize(
    ("name", "severity", "rule"),
    [
        ("GHB", "dangerous", "ghb"),
        ("GBL", "dangerous", "ghb"),
        ("tranq", "dangerous", "xylazine"),
        ("beer", "dangerous", "alcohol"),
        ("clonidine", "caution", "clonidine"),
        ("warfarin", "caution", "warfarin"),
    ],
)
def test_content_severities(name: str, severity: str, rule: str) -> None:
    pair = _pair(name)
    assert pair.severity == severity
    assert pair.reasons[0].rule_id == rule


def test_xylazine_says_give_naloxone_anyway() -> None:
    pair = _pair("xylazine")
    assert "naloxone does not reverse xylazine" in pair.mechanism
    assert "still give naloxone" in pair.advice[0]


def test_buprenorphine_cites_tap13_without_safer_profile() -> None:
    pair = _pair("buprenorphine")
    assert "off-label for kratom use disorder" in pair.mechanism
    assert "no controlled trial" in pair.mechanism
    assert "safer profile" not in pair.mechanism
    assert "TAP-13" in pair.fact_ids


def test_naltrexone_warns_about_lower_tolerance_after_stopping() -> None:
    pair = _pair("naltrexone")
    assert "tolerance is lower" in pair.mechanism
    assert "IXN-06" in pair.fact_ids


@pytest.mark.parametrize(
    "name", ["gabapentin", "pregabalin", "valproate", "lamotrigine", "clonazepam"]
)
def test_no_cyp3a4_speed_up_text_for_non_inducers(name: str) -> None:
    report = _check(name)
    text = " ".join(p.mechanism for p in report.pairs)
    assert "speed" not in text and "CYP3A4" not in text


@pytest.mark.parametrize("name", ["carbamazepine", "phenytoin", "phenobarbital"])
def test_real_inducers_say_net_effect_uncertain(name: str) -> None:
    pair = _pair(name)
    assert "net effect is uncertain" in pair.mechanism
    assert "PK-05" in pair.fact_ids


def test_substrate_figure_is_a_single_dose_and_daily_use_may_inhibit_more() -> None:
    pair = _pair("midazolam")
    assert "single 2 g cup" in pair.mechanism and "daily use may slow it more" in pair.mechanism
    assert {"INT-02", "INT-03"} <= set(pair.fact_ids)


def test_stimulants_mention_fentanyl_and_masking() -> None:
    pair = _pair("cocaine")
    assert "may contain fentanyl" in pair.mechanism
    assert "hide how sedated you are" in pair.mechanism


def test_clonidine_is_blood_pressure_not_breathing() -> None:
    pair = _pair("clonidine")
    assert "lowers blood pressure, slows the heart rate" in pair.mechanism
    assert "breathing" not in pair.mechanism


def test_warfarin_says_check_inr() -> None:
    assert "INR" in _pair("warfarin").advice[0]


def test_kratom_alone_says_kratom_is_always_included() -> None:
    report = _check("kratom")
    assert report.pairs == () and report.unresolved == ()
    (note,) = report.as_dict()["notes"]
    assert note["text"].startswith("Kratom is always included in this check")
    assert note["fact_ids"] == ["DEP-08"]
    assert _check("kratom", "beer").notes == ()


@pytest.mark.parametrize(
    "typed",
    [
        "kratom tea",
        "kratom capsules",
        "kratom capsule",
        "kratom powder",
        "kratom leaf",
        "leaf powder",
        "kratom gummies",
        "ketum",
        "biak",
        "thom",
        "Kratom Tea",
    ],
)
def test_every_journal_spelling_of_kratom_is_kratom(typed: str) -> None:
    res = resolve(typed, use_library=False)
    assert res.names == ("kratom",) and res.matched_by != "fuzzy"


@pytest.mark.parametrize("typed", ["7-OH gummies", "7-OH tablets", "kratom extract"])
def test_seven_oh_and_extracts_stay_separate(typed: str) -> None:
    assert resolve(typed, use_library=False).names != ("kratom",)
