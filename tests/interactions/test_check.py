from __future__ import annotations

import pytest

from kratomwise.interactions import SEVERITIES, Checker, rank
from kratomwise.interactions.severity import at_least, most_severe

CONTRACT_KEYS = {
    "resolved",
    "unresolved",
    "pairs",
    "groups",
    "highest_severity",
    "overdose_first",
    "safety",
    "notes",
}


def test_severity_order() -> None:
    assert SEVERITIES == ("dangerous", "unsafe", "caution", "unknown", "low_risk")
    assert most_severe(["low_risk", "unknown"]) == "unknown"
    assert most_severe([]) == "unknown"
    assert at_least("dangerous", "unknown") and not at_least("low_risk", "unknown")
    with pytest.raises(ValueError):
        rank("fine")


def test_as_dict_has_exactly_the_contract_fields(checker: Checker) -> None:
    report = checker.check(["Xanax", "blorptastic"])
    data = report.as_dict()
    assert set(data) == CONTRACT_KEYS
    assert set(data["resolved"][0]) == {"input", "names", "classes", "matched_by", "confidence"}
    assert set(data["unresolved"][0]) == {"input", "suggestions"}
    assert set(data["pairs"][0]) == {"a", "b", "severity", "mechanism", "advice", "fact_ids"}
    assert isinstance(data["pairs"][0]["advice"], list)
    assert data["overdose_first"] is True
    assert data["safety"] and set(data["safety"][0]) == {"text", "fact_ids"}


def test_every_resolved_substance_is_paired_with_kratom(checker: Checker) -> None:
    report = checker.check(["Percocet", "Zoloft", "melatonin", "coffee", "Advil"])
    paired = {p.b for p in report.pairs}
    assert all(p.a == "kratom" for p in report.pairs)
    for res in report.resolved:
        assert set(res.names) <= paired
    assert all(p.mechanism and p.fact_ids for p in report.pairs)


def test_pairs_sorted_by_severity(checker: Checker) -> None:
    report = checker.check(["Advil", "melatonin", "oxycodone", "Zoloft"])
    ranks = [rank(p.severity) for p in report.pairs]
    assert ranks == sorted(ranks)
    assert report.pairs[0].b == "oxycodone"


def test_unresolved_is_unknown_never_no_interaction(checker: Checker) -> None:
    report = checker.check(["blorptastic"])
    assert report.highest_severity == "unknown"
    assert report.pairs == () and len(report.unresolved) == 1
    mixed = checker.check(["Advil", "blorptastic"])
    assert mixed.highest_severity == "unknown"  # low risk + unknown is never reported low risk


def test_no_names_is_an_error(checker: Checker) -> None:
    with pytest.raises(ValueError):
        checker.check([" ", ""])


def test_naloxone_is_rescue_medicine_not_dangerous(checker: Checker) -> None:
    report = checker.check(["Narcan"])
    (pair,) = report.pairs
    assert pair.severity == "low_risk"
    assert "rescue" in pair.mechanism.lower()
    assert "carry" in pair.advice[0].lower()
    assert report.highest_severity == "low_risk"


def test_naloxone_with_opioid_still_not_dangerous_itself(checker: Checker) -> None:
    report = checker.check(["Narcan", "fentanyl"])
    sev = {p.b: p.severity for p in report.pairs}
    assert sev == {"fentanyl": "dangerous", "naloxone": "low_risk"}
    assert report.has_naloxone and report.opioid_involved


def test_naltrexone_precipitated_withdrawal(checker: Checker) -> None:
    (pair,) = checker.check(["Vivitrol"]).pairs
    assert pair.severity == "unsafe"
    assert "withdrawal" in pair.mechanism.lower()
    assert "IXN-01" in pair.fact_ids


def test_buprenorphine_and_methadone_are_supervised_treatment(checker: Checker) -> None:
    bup = checker.check(["Subutex"]).pairs[0]
    met = checker.check(["methadone"]).pairs[0]
    for pair in (bup, met):
        assert "supervis" in pair.mechanism.lower()
        assert "uncertain" not in pair.mechanism.lower()
        assert pair.severity != "unknown"
    assert rank(met.severity) < rank(bup.severity)  # full agonist + QT is worse than a ceiling
    assert "QT" in met.mechanism
    assert bup.severity == "caution" and met.severity == "dangerous"


def test_suboxone_resolves_to_both_ingredients(checker: Checker) -> None:
    report = checker.check(["Suboxone"])
    assert {p.b: p.severity for p in report.pairs} == {
        "buprenorphine": "caution",
        "naloxone": "low_risk",
    }


@pytest.mark.parametrize(
    ("name", "severity"),
    [
        ("tianeptine", "dangerous"),
        ("phenibut", "unsafe"),
        ("pregabalin", "unsafe"),
        ("Benadryl", "caution"),
        ("oxycodone", "dangerous"),
        ("Xanax", "dangerous"),
        ("beer", "dangerous"),
        ("7-OH", "dangerous"),
        ("ketoconazole", "unsafe"),
        ("coffee", "low_risk"),
        ("melatonin", "unknown"),
        ("quetiapine", "unsafe"),
    ],
)
def test_pair_severity(checker: Checker, name: str, severity: str) -> None:
    report = checker.check([name])
    assert report.pairs[0].severity == severity
    assert report.highest_severity == severity


def test_triad_kratom_opioid_benzodiazepine(checker: Checker) -> None:
    report = checker.check(["Percocet", "Xanax"])
    assert report.highest_severity == "dangerous"
    group = report.groups[0]
    assert group.members == ("kratom", "oxycodone", "alprazolam")
    assert group.reason.rule_id == "opioid-benzodiazepine"
    assert "INT-09" in group.fact_ids
    assert report.overdose_first


def test_kratom_plus_two_depressants(checker: Checker) -> None:
    report = checker.check(["Benadryl", "Lyrica"])
    assert any(
        g.severity == "dangerous" and set(g.members) == {"kratom", "diphenhydramine", "pregabalin"}
        for g in report.groups
    )
    mild = checker.check(["Benadryl", "hydroxyzine"])
    assert [g.severity for g in mild.groups][:1] == ["unsafe"]


def test_single_depressant_makes_no_group(checker: Checker) -> None:
    assert checker.check(["Xanax"]).groups == ()
    # one substance cannot fill two slots, even with many classes
    assert checker.check(["methadone"]).groups == ()


def test_serotonin_and_qt_groups(checker: Checker) -> None:
    report = checker.check(["Zoloft", "tramadol"])
    assert any(g.reason.rule_id == "serotonin" for g in report.groups)
    report = checker.check(["methadone", "quetiapine"])
    assert any(g.reason.rule_id == "qt" for g in report.groups)


def test_groups_are_not_repeated(checker: Checker) -> None:
    report = checker.check(["Percocet", "Xanax"])
    member_sets = [frozenset(g.members) for g in report.groups]
    assert len(member_sets) == len(set(member_sets))


def test_kratom_itself_makes_no_pair(checker: Checker) -> None:
    report = checker.check(["ketum", "Xanax"])
    assert [p.b for p in report.pairs] == ["alprazolam"]
    assert report.resolved[0].names == ("kratom",)


def test_duplicates_are_checked_once(checker: Checker) -> None:
    report = checker.check(["Xanax", "alprazolam", "xans"])
    assert len(report.resolved) == 3 and len(report.pairs) == 1


def test_library_only_name_is_unknown_pair(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kratomwise.interactions import library

    monkeypatch.setattr(
        library, "lookup", lambda text: ("atorvastatin",) if text == "lipitor" else ()
    )
    report = checker.check(["Lipitor"])
    assert report.resolved[0].names == ("atorvastatin",)
    assert report.pairs[0].severity == "unknown"
    assert report.highest_severity == "unknown"
