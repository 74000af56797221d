"""Every worked example of instruments.md §1-§7 (C-, S-, D-, P-, G-, R- rows)."""

from __future__ import annotations

import pytest

from kratomwise.assess import (
    IncompleteResponse,
    InvalidValue,
    change_from_previous,
    score,
)

# (example id, instrument, answers, total, band_id)
SCORED = [
    ("C-1", "cows", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "none"),
    ("C-2", "cows", [1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0], 4, "none"),
    ("C-3", "cows", [1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0], 5, "mild"),
    ("C-4", "cows", [2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0], 12, "mild"),
    ("C-5", "cows", [2, 2, 1, 1, 1, 1, 2, 1, 1, 1, 0], 13, "moderate"),
    ("C-6", "cows", [2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 3], 24, "moderate"),
    ("C-7", "cows", [2, 3, 3, 2, 2, 2, 2, 2, 2, 2, 3], 25, "moderately_severe"),
    ("C-8", "cows", [4, 3, 3, 2, 4, 2, 3, 4, 2, 4, 5], 36, "moderately_severe"),
    ("C-9", "cows", [4, 4, 3, 2, 4, 2, 3, 4, 2, 4, 5], 37, "severe"),
    ("C-10", "cows", [4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5], 48, "severe"),
    ("S-1", "sows", [0] * 16, 0, None),
    ("S-2", "sows", [1] * 16, 16, None),
    ("S-3", "sows", [2, 1, 3, 0, 1, 2, 1, 2, 0, 3, 2, 1, 0, 1, 2, 4], 25, None),
    ("S-4", "sows", [4] * 16, 64, None),
    ("D-1", "dsm5", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "below_threshold"),
    ("D-2", "dsm5", [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0], 1, "below_threshold"),
    ("D-3", "dsm5", [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], 2, "mild"),
    ("D-4", "dsm5", [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], 3, "mild"),
    ("D-5", "dsm5", [1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1], 4, "moderate"),
    ("D-6", "dsm5", [1, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1], 5, "moderate"),
    ("D-7", "dsm5", [1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1], 6, "severe"),
    ("D-8", "dsm5", [1] * 11, 11, "severe"),
    ("P-1", "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "none_minimal"),
    ("P-2", "phq9", [1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "none_minimal"),
    ("P-3", "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"),
    ("P-4", "phq9", [2, 1, 1, 1, 1, 1, 1, 1, 0], 9, "mild"),
    ("P-5", "phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0], 10, "moderate"),
    ("P-6", "phq9", [2, 2, 2, 2, 1, 1, 2, 2, 0], 14, "moderate"),
    ("P-7", "phq9", [2, 2, 2, 2, 2, 1, 2, 2, 0], 15, "moderately_severe"),
    ("P-8", "phq9", [3, 3, 2, 2, 2, 2, 2, 2, 1], 19, "moderately_severe"),
    ("P-9", "phq9", [3, 3, 2, 3, 2, 2, 2, 2, 1], 20, "severe"),
    ("P-10", "phq9", [3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "severe"),
    ("P-11", "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1], 1, "none_minimal"),
    ("P-12", "phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0, 3], 10, "moderate"),
    ("G-1", "gad7", [0, 0, 0, 0, 0, 0, 0], 0, "minimal"),
    ("G-2", "gad7", [1, 1, 1, 1, 0, 0, 0], 4, "minimal"),
    ("G-3", "gad7", [1, 1, 1, 1, 1, 0, 0], 5, "mild"),
    ("G-4", "gad7", [2, 2, 1, 1, 1, 1, 1], 9, "mild"),
    ("G-5", "gad7", [2, 2, 2, 1, 1, 1, 1], 10, "moderate"),
    ("G-6", "gad7", [2, 2, 2, 2, 2, 2, 2], 14, "moderate"),
    ("G-7", "gad7", [3, 2, 2, 2, 2, 2, 2], 15, "severe"),
    ("G-8", "gad7", [3, 3, 3, 3, 3, 3, 3], 21, "severe"),
    ("R-1", "craving", [0], 0, None),
    ("R-2", "craving", [7], 7, None),
    ("R-3", "craving", [10], 10, None),
]

# PHQ-9 safety routing column.
SAFETY = {"P-8", "P-9", "P-10", "P-11"}


@pytest.mark.parametrize(
    ("example", "instrument", "answers", "total", "band"), SCORED, ids=[s[0] for s in SCORED]
)
def test_worked_example(
    example: str, instrument: str, answers: list[int], total: int, band: str | None
) -> None:
    result = score(instrument, answers)
    assert result.instrument == instrument
    assert result.total == total
    assert result.band == band
    if instrument == "phq9":
        assert result.safety_flag is (example in SAFETY)
        assert ("safety_item_positive" in result.flags) is (example in SAFETY)
    else:
        assert result.safety_flag is False


@pytest.mark.parametrize(
    ("example", "instrument", "answers", "error"),
    [
        ("C-11", "cows", [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], InvalidValue),
        ("C-12", "cows", [0] * 10, IncompleteResponse),
        ("S-6", "sows", [0] * 15 + [5], InvalidValue),
        ("S-6b", "sows", [5] + [0] * 15, InvalidValue),
        ("R-4", "craving", [11], InvalidValue),
        ("R-5", "craving", [6.5], InvalidValue),
    ],
)
def test_worked_refusals(example: str, instrument: str, answers: list[int], error: type) -> None:
    with pytest.raises(error):
        score(instrument, answers)


def test_c11_names_the_item() -> None:
    with pytest.raises(InvalidValue) as info:
        score("cows", [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    assert info.value.item_id == "cows_01_pulse"
    assert "cows_01_pulse" in str(info.value)


def test_c12_lists_the_missing_item() -> None:
    with pytest.raises(IncompleteResponse) as info:
        score("cows", [0] * 10)
    assert info.value.missing == ("cows_11_gooseflesh",)


def test_s5_change_from_previous() -> None:
    earlier = score("sows", [2, 1, 3, 0, 1, 2, 1, 2, 0, 3, 2, 1, 0, 1, 2, 4])
    later = score("sows", [1] * 16)
    assert later.total == 16 and later.band is None
    assert change_from_previous(later, earlier) == -9


def test_r6_change_from_previous() -> None:
    first, second = score("craving", [7]), score("craving", [4])
    assert second.total == 4
    assert change_from_previous(second, first) == -3
    assert change_from_previous(second, None) is None


def test_p12_difficulty_item_is_unscored() -> None:
    with_item = score("phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0, 3])
    without = score("phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0])
    assert with_item.total == without.total == 10
    assert with_item.answer("phq9_10_difficulty") == 3
    assert not with_item.safety_flag
