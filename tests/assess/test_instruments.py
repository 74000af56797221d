"""Definitions, validation rules and routing of the instruments (instruments.md §0-§7)."""

from __future__ import annotations

import itertools

import pytest

from kratomwise.assess import (
    COWS_HOLD_THRESHOLD,
    INSTRUMENTS,
    IncompleteResponse,
    InvalidValue,
    UnknownInstrument,
    pulse_points,
    score,
)
from kratomwise.assess.instruments import cows

ALLOWED_COWS = [
    {0, 1, 2, 4},
    {0, 1, 2, 3, 4},
    {0, 1, 3, 5},
    {0, 1, 2, 5},
    {0, 1, 2, 4},
    {0, 1, 2, 4},
    {0, 1, 2, 3, 5},
    {0, 1, 2, 4},
    {0, 1, 2, 4},
    {0, 1, 2, 4},
    {0, 3, 5},
]


def test_instrument_ids_match_the_cli_contract() -> None:
    assert list(INSTRUMENTS) == ["cows", "sows", "dsm5", "phq9", "gad7", "craving"]


def test_kds_is_not_shipped() -> None:
    assert not any(
        "kds" in key or "dependence scale" in i.name.lower() for key, i in INSTRUMENTS.items()
    )


def test_cows_allowed_values_and_range() -> None:
    inst = INSTRUMENTS["cows"]
    assert [set(i.allowed) for i in inst.items] == ALLOWED_COWS
    assert [i.max_points for i in inst.items] == [4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5]
    assert inst.max_total == 48
    assert inst.completed_by == "clinician"


def test_hold_threshold_is_the_moderate_band() -> None:
    assert COWS_HOLD_THRESHOLD == 13 == cows.COWS_HOLD_THRESHOLD
    assert INSTRUMENTS["cows"].band_for(13).id == "moderate"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("bpm", "points"), [(80, 0), (81, 1), (100, 1), (101, 2), (120, 2), (121, 4)]
)
def test_pulse_helper(bpm: int, points: int) -> None:
    assert pulse_points(bpm) == points


@pytest.mark.parametrize("instrument", list(INSTRUMENTS))
def test_every_total_falls_in_exactly_one_band(instrument: str) -> None:
    inst = INSTRUMENTS[instrument]
    if not inst.bands:
        assert instrument in {"sows", "craving"}
        return
    for total in range(inst.max_total + 1):
        assert sum(b.contains(total) for b in inst.bands) == 1, total
    assert inst.bands[0].low == 0 and inst.bands[-1].high == inst.max_total


@pytest.mark.parametrize(
    ("instrument", "n", "max_total"),
    [
        ("cows", 11, 48),
        ("sows", 16, 64),
        ("dsm5", 11, 11),
        ("phq9", 9, 27),
        ("gad7", 7, 21),
        ("craving", 1, 10),
    ],
)
def test_item_counts_and_ranges(instrument: str, n: int, max_total: int) -> None:
    inst = INSTRUMENTS[instrument]
    assert len(inst.scored_items) == n
    assert inst.max_total == max_total
    ids = [i.id for i in inst.items]
    assert len(ids) == len(set(ids))


def test_item_ids_are_the_reference_ids() -> None:
    assert [i.id for i in INSTRUMENTS["cows"].items][:2] == ["cows_01_pulse", "cows_02_sweating"]
    assert INSTRUMENTS["sows"].items[15].id == "sows_16_urge_to_use"
    assert INSTRUMENTS["dsm5"].items[10].id == "kud_11_withdrawal"
    assert [i.id for i in INSTRUMENTS["phq9"].items][-2:] == ["phq9_09", "phq9_10_difficulty"]
    assert INSTRUMENTS["gad7"].items[-1].id == "gad7_08_difficulty"
    assert INSTRUMENTS["craving"].items[0].id == "craving_now"


def test_loinc_codes() -> None:
    phq, gad = INSTRUMENTS["phq9"], INSTRUMENTS["gad7"]
    assert (phq.loinc_panel, phq.loinc_total) == ("44249-1", "44261-6")
    assert [i.loinc for i in phq.items[:9]] == [
        "44250-9",
        "44255-8",
        "44259-0",
        "44254-1",
        "44251-7",
        "44258-2",
        "44252-5",
        "44253-3",
        "44260-8",
    ]
    assert gad.loinc_total == "70274-6"
    assert [i.loinc for i in gad.items[:7]] == [
        "69725-0",
        "68509-9",
        "69733-4",
        "69734-2",
        "69735-9",
        "69689-8",
        "69736-7",
    ]
    for key in ("cows", "sows", "dsm5", "craving"):
        assert INSTRUMENTS[key].loinc_total is None  # none found: never invent one
    assert INSTRUMENTS["phq9"].items[0].options[3].loinc == "LA6571-9"


@pytest.mark.parametrize("bad", [True, False, 1.0, "1", None])
def test_non_integers_are_invalid(bad: object) -> None:
    answers: list[object] = [0] * 7
    answers[2] = bad
    error = IncompleteResponse if bad is None else InvalidValue
    with pytest.raises(error):
        score("gad7", answers)  # type: ignore[arg-type]


def test_errors_are_value_errors() -> None:
    assert issubclass(InvalidValue, ValueError) and issubclass(IncompleteResponse, ValueError)


def test_too_many_answers_is_refused() -> None:
    with pytest.raises(InvalidValue):
        score("gad7", [0] * 9)


def test_missing_items_listed() -> None:
    with pytest.raises(IncompleteResponse) as info:
        score("phq9", [0, 0, None, 0, 0, 0, 0, 0, None])
    assert info.value.missing == ("phq9_03", "phq9_09")


def test_mapping_answers() -> None:
    answers = {f"gad7_0{i}": 1 for i in range(1, 8)}
    assert score("gad7", answers).total == 7
    with pytest.raises(InvalidValue):
        score("gad7", {**answers, "nope": 1})


def test_unknown_instrument() -> None:
    with pytest.raises(UnknownInstrument):
        score("kds", [0])


@pytest.mark.parametrize(
    ("instrument", "answers", "flags"),
    [
        ("cows", [2, 3, 3, 2, 2, 2, 2, 2, 2, 2, 3], ["clinician_review_today"]),
        ("cows", [4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5], ["clinician_review_today"]),
        ("cows", [2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 3], []),
        ("phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0], ["see_clinician_suggested"]),
        ("phq9", [2, 1, 1, 1, 1, 1, 1, 1, 0], []),
        ("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 2], ["safety_item_positive"]),
        ("phq9", [3] * 9, ["safety_item_positive", "see_clinician_suggested"]),
        ("gad7", [2, 2, 2, 1, 1, 1, 1], ["see_clinician_suggested"]),
        ("gad7", [2, 2, 1, 1, 1, 1, 1], []),
        ("dsm5", [1] * 11, []),
        ("sows", [4] * 16, []),
        ("craving", [10], []),
    ],
)
def test_flags(instrument: str, answers: list[int], flags: list[str]) -> None:
    assert list(score(instrument, answers).flags) == flags


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_item9_routes_to_crisis_whatever_the_total(item9: int) -> None:
    result = score("phq9", [0] * 8 + [item9])
    assert result.safety_flag
    assert result.triage_codes == ("suicidal_thoughts",)
    assert result.interpretation.startswith("You said you have had thoughts")


def test_treatment_options_routing() -> None:
    assert score("dsm5", [1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1]).treatment_options  # moderate
    assert score("dsm5", [1] * 11).treatment_options  # severe
    assert not score("dsm5", [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]).treatment_options  # mild
    assert score("cows", [4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5]).treatment_options  # severe
    assert not score("cows", [0] * 11).treatment_options


def test_result_as_dict_is_the_cli_contract() -> None:
    doc = score("sows", [0] * 16).as_dict()
    assert set(doc) == {
        "instrument",
        "total",
        "band",
        "safety_flag",
        "flags",
        "interpretation",
        "source",
    }
    assert doc["band"] is None and isinstance(doc["flags"], list)


@pytest.mark.parametrize("instrument", list(INSTRUMENTS))
def test_interpretation_says_not_a_diagnosis_and_cites(instrument: str) -> None:
    inst = INSTRUMENTS[instrument]
    result = score(instrument, [i.allowed[0] for i in inst.scored_items])
    assert "not a diagnosis" in result.interpretation
    assert result.source.strip()
    assert inst.source_urls and all(u.startswith("http") for u in inst.source_urls)


def test_sources_cite_publishers_not_mirrors() -> None:
    mirrors = (
        "typeset.io",
        "studylib",
        "vdocuments",
        "piglix",
        "abcdocz",
        "uconnect.wisc",
        "guidelinecentral",
        "metamorphosispain",
        "allbusinesstemplates",
    )
    for inst in INSTRUMENTS.values():
        text = " ".join([inst.source, *inst.source_urls])
        assert not any(m in text for m in mirrors), inst.id


def test_paraphrased_instruments_do_not_copy_reference_wording() -> None:
    # COWS, SOWS and DSM-5 are paraphrased in our own words (not the reference's wording either).
    reference = {
        "cows_02_sweating": (
            "sweating in the past ½ h not explained by room temperature or activity"
        ),
        "kud_01_larger_longer": "took more kratom, or for longer, than meant to",
        "sows_12_nauseous": "feeling sick (nauseous)",
    }
    for inst in (INSTRUMENTS["cows"], INSTRUMENTS["dsm5"], INSTRUMENTS["sows"]):
        assert not inst.verbatim
        for item in inst.items:
            if item.id in reference:
                assert item.text.lower() != reference[item.id]


def test_all_answer_combinations_of_craving() -> None:
    for value in range(11):
        assert score("craving", [value]).total == value


def test_dsm5_counts_tolerance_and_withdrawal() -> None:
    for combo in itertools.product([0, 1], repeat=2):
        answers = [0] * 9 + list(combo)
        assert score("dsm5", answers).total == sum(combo)


def test_safety_item_positive_without_the_other_answers() -> None:
    from kratomwise.assess import safety_item_positive

    assert safety_item_positive("phq9", {"phq9_09": 1}) is True
    assert safety_item_positive("phq9", {"phq9_01": 3, "phq9_09": 0}) is False
    assert safety_item_positive("phq9", {"phq9_09": None}) is False
    assert safety_item_positive("phq9", [None] * 8 + [2]) is True
    assert safety_item_positive("phq9", [3, 3]) is False
    assert safety_item_positive("gad7", {"gad7_01": 3}) is False  # no safety item
