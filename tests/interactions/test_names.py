"""split_names / clean_names: one way to read a list of typed names, one set of limits."""

from __future__ import annotations

import pytest

from kratomwise.interactions import (
    MAX_NAME_LENGTH,
    MAX_NAMES,
    MAX_TEXT_LENGTH,
    NamesError,
    clean_names,
    split_names,
)


def test_split_on_commas_semicolons_and_new_lines_and_merge_repeats() -> None:
    assert split_names("Xanax, beer;\nLyrica,, xanax ") == ["Xanax", "beer", "Lyrica"]
    assert split_names("  St.  John's   wort ") == ["St. John's wort"]
    assert split_names(" , ;\n") == []


def test_the_limit_is_an_error_never_a_cut() -> None:
    assert len(split_names(",".join(f"n{i}" for i in range(MAX_NAMES)))) == MAX_NAMES
    with pytest.raises(NamesError) as too_many:
        split_names(",".join(f"n{i}" for i in range(40)))
    assert str(too_many.value) == "At most 25 names can be checked at a time; you gave 40."


def test_too_long_a_name_or_text_is_an_error() -> None:
    assert clean_names(["a" * MAX_NAME_LENGTH]) == ["a" * MAX_NAME_LENGTH]
    with pytest.raises(NamesError, match="at most 100 characters"):
        split_names("a" * (MAX_NAME_LENGTH + 1))
    with pytest.raises(NamesError) as too_long:
        split_names("x" * (MAX_TEXT_LENGTH + 1))
    assert str(too_long.value) == "The list is too long: at most 2000 characters, you gave 2001."
