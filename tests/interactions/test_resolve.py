from __future__ import annotations

import pytest

from kratomwise.interactions import Checker, library
from kratomwise.interactions.resolve import FUZZY_MIN_CONFIDENCE, max_edits
from kratomwise.interactions.table import compact, normalise_name


def test_normalize_and_compact() -> None:
    assert normalise_name("  XANAX   0.5mg ") == "xanax"
    assert normalise_name("Zoloft 50 mg tablets") == "zoloft tablets"
    assert compact("7-OH") == "7oh"
    assert compact("St. John’s Wort") == "stjohnswort"
    assert normalise_name("Ativán") == "ativan"


@pytest.mark.parametrize(
    ("typed", "names", "kind"),
    [
        ("alprazolam", ("alprazolam",), "generic"),
        ("Xanax", ("alprazolam",), "brand"),
        ("XANAX XR", ("alprazolam",), "brand"),
        ("zannies", ("alprazolam",), "alias"),
        ("acetaminophen", ("paracetamol",), "alias"),
        ("Percocet", ("oxycodone", "paracetamol"), "brand"),
        ("Suboxone", ("buprenorphine", "naloxone"), "brand"),
        ("7-oh", ("7-hydroxymitragynine",), "alias"),
        ("7 OH", ("7-hydroxymitragynine",), "alias"),
        ("Xanax 2mg bars", ("alprazolam",), "brand"),
        ("oxycodone tablets", ("oxycodone",), "generic"),
    ],
)
def test_exact(checker: Checker, typed: str, names: tuple[str, ...], kind: str) -> None:
    res = checker.resolver.resolve(typed)
    assert res.names == names
    assert res.matched_by == kind
    assert res.confidence == 1.0
    assert res.input == typed


def test_combination_classes_are_union(checker: Checker) -> None:
    res = checker.resolver.resolve("Percocet")
    assert "full_opioid_agonist" in res.classes and "non_opioid_analgesic" in res.classes


def test_parts_split_on_separators(checker: Checker) -> None:
    res = checker.resolver.resolve("acetaminophen/oxycodone")
    assert set(res.names) == {"paracetamol", "oxycodone"}
    res = checker.resolver.resolve("Xanax with beer")
    assert res.names == ("alprazolam", "alcohol")


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("oxycodon", "oxycodone"),
        ("seraquel", "quetiapine"),
        ("gabapentine", "gabapentin"),
        ("tianaptine", "tianeptine"),
        ("phenibutt", "phenibut"),
    ],
)
def test_fuzzy_misspellings(checker: Checker, typed: str, name: str) -> None:
    res = checker.resolver.resolve(typed)
    assert res.names == (name,)
    assert res.matched_by == "fuzzy"
    assert FUZZY_MIN_CONFIDENCE <= res.confidence < 1.0


@pytest.mark.parametrize("typed", ["xanex", "meprobamat3", "yerbamat"])
def test_loose_spelling_matches_stay_unresolved(checker: Checker, typed: str) -> None:
    """Below 0.85 or beyond 2 edits a spelling match is only offered, never accepted."""
    res = checker.resolver.resolve(typed)
    if typed == "xanex":  # 1 edit in 5 letters: 80 %, below the bar
        assert not res.resolved and "Xanax" in res.suggestions
    else:
        assert not res.resolved or res.confidence >= FUZZY_MIN_CONFIDENCE


def test_fuzzy_never_guesses_between_close_candidates(checker: Checker) -> None:
    # "hydr0zine" is as close to hydroxyzine as to hydralazine: ask, don't guess
    res = checker.resolver.resolve("hydrazine")
    assert not res.resolved
    assert {"hydroxyzine", "hydralazine"} <= {s.lower() for s in res.suggestions} or res.suggestions


def test_short_names_are_not_fuzzed(checker: Checker) -> None:
    assert max_edits(3) == 0
    res = checker.resolver.resolve("oxx")
    assert not res.resolved


def test_unknown_name_is_unresolved_with_no_names(checker: Checker) -> None:
    res = checker.resolver.resolve("blorptastic")
    assert not res.resolved
    assert res.unmatched.as_dict() == {"input": "blorptastic", "suggestions": list(res.suggestions)}


def test_empty_input(checker: Checker) -> None:
    assert not checker.resolver.resolve("  ,  ").resolved


def test_library_used_only_for_names_the_table_lacks(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def fake(text: str) -> tuple[str, ...]:
        calls.append(text)
        return {"klonopin": ("clonazepam",), "bupsy": ("buprenorphine/naloxone",)}.get(text, ())

    monkeypatch.setattr(library, "lookup", fake)
    assert checker.resolver.resolve("Xanax").names == ("alprazolam",)
    assert checker.resolver.resolve("oxycodon").names == ("oxycodone",)  # fuzzy after library
    assert calls == ["oxycodon"]
    combo = checker.resolver.resolve("bupsy")
    assert combo.names == ("buprenorphine", "naloxone")
    assert combo.matched_by == "brand" and combo.confidence == 0.9
    unknown = checker.resolver.resolve("Klonopin")
    assert unknown.names == ("clonazepam",) and unknown.unknown_names == ("clonazepam",)
    assert unknown.classes == ()


def test_library_switch_and_absence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "0")
    assert library.lookup("Lyrica") == ()
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "1")
    monkeypatch.setitem(library._state, "find", None)  # as if the package were not installed
    library._lookup.cache_clear()
    assert library.lookup("Lyrica") == ()
    library._lookup.cache_clear()


def test_use_library_false_never_calls_it(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(text: str) -> tuple[str, ...]:
        raise AssertionError("library must not be called")

    monkeypatch.setattr(library, "lookup", boom)
    assert not checker.resolver.resolve("zzzzzzzz", use_library=False).resolved


def test_suggest_prefix(checker: Checker) -> None:
    got = [c.display for c in checker.resolver.suggest("xan", 5)]
    assert got[0] == "Xanax"
    names = [c.name for c in checker.resolver.suggest("o", 10)]
    assert len(names) == len(set(names))  # one completion per substance
    assert checker.resolver.suggest("", 5) == []
    assert len(checker.resolver.suggest("hy", 3)) == 3


def test_suggest_falls_back_to_substring(checker: Checker) -> None:
    names = {c.name for c in checker.resolver.suggest("codone", 5)}
    assert "oxycodone" in names and "hydrocodone" in names
