from __future__ import annotations

import datetime as dt

import pytest

from kratomwise.usage import LEAF_G, Entry, Settings, analyze, comparable, unit_label
from kratomwise.usage.daily import daily_totals, days_used_per_week, streaks

from .helpers import TODAY, day, use


def test_capsules_count_as_leaf_grams_only_with_grams_per_capsule() -> None:
    entry = use(TODAY, 4, "capsule", form="capsules")
    assert comparable(entry, 0.5) == (LEAF_G, 2.0)
    assert comparable(entry, None) == ("leaf_capsule", 4)


def test_incomparable_amounts_are_never_added() -> None:
    entries = [
        use(TODAY, 3),
        use(TODAY, 500, "mg"),
        use(TODAY, 2, "capsule", form="capsules"),
        use(TODAY, 1, "g", form="extract"),
        use(TODAY, 5, "ml", form="extract"),
        use(TODAY, 15, "mg", substance="seven_oh", form="seven_oh_product"),
        use(TODAY, 0.01, "g", substance="seven_oh", form="seven_oh_product"),
        use(TODAY, 1, "tablet", substance="seven_oh", form="seven_oh_product"),
        use(TODAY, 250, "ml", form="tea"),
        use(TODAY, 330, "ml", substance="alcohol", form="other"),
    ]
    amounts = daily_totals(entries, None)[TODAY].amounts
    assert amounts == {
        LEAF_G: pytest.approx(3.5),
        "leaf_capsule": 2,
        "extract_g": 1,
        "extract_ml": 5,
        "seven_oh_mg": pytest.approx(25.0),
        "seven_oh_tablet": 1,
        "leaf_ml": 250,
        "other:alcohol:ml": 330,
    }
    assert all(unit_label(k) for k in amounts)
    assert unit_label("other:alcohol:ml") == "alcohol, ml"


def test_uses_count_kratom_and_seven_oh_but_not_other_substances() -> None:
    entries = [
        use(TODAY),
        use(TODAY, 10, "mg", substance="seven_oh", form="seven_oh_product"),
        use(TODAY, 1, "tablet", substance="ibuprofen", form="other"),
    ]
    d = daily_totals(entries, None)[TODAY]
    assert (d.uses, d.entries, d.others, d.seven_oh, d.kratom) == (2, 3, {"ibuprofen"}, True, True)


def test_day_is_the_local_date_of_the_recorded_offset() -> None:
    late = Entry(
        dt.datetime(2026, 6, 29, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
        "kratom",
        "leaf_powder",
        2,
        "g",
    )
    assert late.day == dt.date(2026, 6, 29)
    assert list(daily_totals([late], None)) == [dt.date(2026, 6, 29)]


def test_streaks_and_weeks() -> None:
    dates = [day(k) for k in (0, 1, 2, 5, 6, 20)]
    assert streaks(sorted(dates)) == [(day(20), day(20)), (day(6), day(5)), (day(2), day(0))]
    assert days_used_per_week(sorted(dates), TODAY, 4) == [0, 1, 0, 5]


def test_analysis_counts() -> None:
    entries = [use(day(k)) for k in (3, 4, 5, 6, 10)] + [use(day(4), hour=20)]
    result = analyze(entries, Settings(), TODAY, checker=None)
    assert result.entries == 6
    assert result.days_used == 5
    assert result.first_day == day(10) and result.last_day == day(3)
    assert result.longest_streak == (day(6), day(3))
    assert result.longest_streak_days == 4
    assert result.current_streak == 0
    assert result.days_since_last_use == 3
    assert result.days_used_per_week(2) == [1, 4]
    series = result.series()
    # Only days with entries: the cost follows the entries, not the span of dates.
    assert [d.day for d in series] == [day(10), day(6), day(5), day(4), day(3)]
    assert [d.uses for d in series] == [1, 1, 1, 2, 1]
    assert result.unit_totals()[LEAF_G] == pytest.approx(18.0)
    assert len(result.recent(7)) == 7


def test_current_streak_counts_through_yesterday() -> None:
    result = analyze([use(day(k)) for k in (1, 2, 3)], today=TODAY, checker=None)
    assert result.current_streak == 3
    assert result.days_since_last_use == 1


def test_empty_journal() -> None:
    result = analyze([], today=TODAY, checker=None)
    assert result.as_dict() == {
        "entries": 0,
        "first_day": None,
        "last_day": None,
        "days_used": 0,
        "daily": [],
        "signals": [],
    }
    assert result.days_since_last_use is None
    assert result.longest_streak_days == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kratom Tea", "kratom"),
        ("kratom  capsules", "kratom"),
        ("Ketum", "kratom"),
        ("7-OH tabs", "seven_oh"),
        ("seven_oh", "seven_oh"),
        ("kratm", "kratm"),  # a guessed spelling is never folded into kratom
        ("4x100", "4x100"),  # a product with other ingredients stays apart
        ("Beer", "beer"),  # other substances keep the name the person typed
    ],
)
def test_kratom_vocabulary_comes_from_the_interaction_table(typed: str, expected: str) -> None:
    from kratomwise.usage import model

    assert model.normalise_substance(typed) == expected
    assert not hasattr(model, "_SUBSTANCE_ALIASES")
