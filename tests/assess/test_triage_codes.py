"""The packaged triage code table (data/triage_codes.yaml): validated data, one citation system."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from kratomwise.assess import triage_rules as rules
from kratomwise.assess.triage import CODE_DEFS, COMBOS, triage
from kratomwise.assess.triage_codes import (
    CODE_TABLE,
    DATA_FILE,
    GROUPS,
    LEVELS,
    TriageDataError,
    load_codes,
    parse_codes,
)
from kratomwise.knowledge import get_fact, has_fact
from kratomwise.knowledge.sources import is_commercial

GOOD = """\
groups:
  - id: breathing
    label: Breathing
codes:
  - code: blue_lips
    label: Blue lips
    level: emergency
    group: breathing
    fact_ids: [TRI-01]
"""


def _raw() -> dict[str, list[dict[str, object]]]:
    text = resources.files("kratomwise.assess").joinpath(DATA_FILE).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_packaged_file_is_what_triage_uses() -> None:
    loaded = load_codes()
    assert loaded.codes == CODE_TABLE
    assert loaded.groups == GROUPS
    assert [c["code"] for c in _raw()["codes"]] == list(CODE_DEFS)


def test_ids_unique_and_every_level_group_and_fact_known() -> None:
    raw = _raw()
    codes = [c["code"] for c in raw["codes"]]
    groups = [g["id"] for g in raw["groups"]]
    assert len(codes) == len(set(codes)) == len(CODE_TABLE)
    assert len(groups) == len(set(groups)) == len(GROUPS)
    for entry in raw["codes"]:
        assert entry["level"] in LEVELS, entry["code"]
        assert entry["group"] in groups, entry["code"]
        fact_ids = entry["fact_ids"]
        assert isinstance(fact_ids, list) and fact_ids, entry["code"]
        assert all(has_fact(f) for f in fact_ids), entry["code"]
    assert {c.group for c in CODE_TABLE} == set(groups)  # no empty section on the help page


def test_codes_cite_fact_ids_only() -> None:
    allowed = {"code", "label", "level", "group", "withdrawal", "depressant_context", "fact_ids"}
    for entry in _raw()["codes"]:
        assert set(entry) <= allowed, entry["code"]
        assert not any("http" in str(value) for value in entry.values()), entry["code"]


def test_codes_named_by_the_rules_exist() -> None:
    named = (
        rules.SEDATION_CODES
        | rules.LIVER_CODES
        | rules.NALOXONE_CODES
        | rules.CRISIS_CODES
        | rules.POISON_ADVICE_CODES
        | {rules.CRISIS_PLAN_CODE, rules.CHILD_SWALLOWED_CODE}
    )
    assert named <= set(CODE_DEFS)


def test_rule_source_is_built_from_the_cited_facts() -> None:
    result = triage(["unresponsive"], "US")
    rule = result.fired_rules[0]
    assert rule.source == rules.cite(("IXN-06", "TRI-03"))
    hrsa = next(s for s in get_fact("TRI-03").sources if "hrsa" in s.url)
    assert f"{hrsa.citation}, {hrsa.url}" in rule.source.split("; ")
    assert result.as_dict()["fired_rules"][0]["source"] == rule.source


def test_cite_lists_each_page_once() -> None:
    # TRI-14 and HRM-19 cite the same LiverTox case page under different citations.
    page = "https://livertox.niddk.nih.gov/Home/ReferenceCases/kratom/8332"
    source = rules.cite(("TRI-14", "HRM-19"))
    assert source.split("; ").count(f"NIH LiverTox, kratom reference case 8332, {page}") == 1
    assert "LiverTox (NIDDK) reference case 8332" not in source


@pytest.mark.parametrize("rule_id", list(COMBOS))
def test_combination_sources_are_built_from_facts(rule_id: str) -> None:
    fact_ids = COMBOS[rule_id].fact_ids
    source = rules.cite(fact_ids)
    cited = {s.url for f in fact_ids for s in get_fact(f).sources if not s.commercial}
    assert cited and all(url in source for url in cited)


def test_cite_never_links_a_seller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kratomwise.knowledge.facts.is_commercial", lambda url: "poisonhelp" in url)
    assert rules.cite(("TRI-03",)) == (
        "HRSA Poison Help (read on a seller's website; not linked); "
        "Wyoming Department of Health, poison center, "
        "https://health.wyo.gov/publichealth/prevention/wivpp/poison-center"
    )


@pytest.mark.parametrize("code", list(CODE_DEFS))
def test_no_code_source_links_a_seller(code: str) -> None:
    source = triage([code]).fired_rules[0].source
    assert source and all(not is_commercial(w.rstrip(";,")) for w in source.split() if "://" in w)


def test_good_file_parses() -> None:
    parsed = parse_codes(GOOD)
    assert [(c.code, c.level, c.group, c.fact_ids) for c in parsed.codes] == [
        ("blue_lips", "emergency", "breathing", ("TRI-01",))
    ]
    assert parsed.codes[0].withdrawal is False and parsed.codes[0].depressant_context is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("codes: [1", "data/triage_codes.yaml: not valid YAML (line 2): "),
        ("- a list", "data/triage_codes.yaml: Input should be a valid dictionary"),
        ("groups: []\ncodes: []", "data/triage_codes.yaml: needs at least one group and one code"),
        (
            GOOD.replace("level: emergency", "level: critical"),
            "codes[0] (blue_lips).level: Input should be 'self_care', 'see_clinician', "
            "'urgent' or 'emergency'",
        ),
        (
            GOOD.replace("group: breathing", "group: lungs"),
            "data/triage_codes.yaml: unknown group(s): lungs",
        ),
        (
            GOOD.replace("[TRI-01]", "[TRI-01, NOPE-99]"),
            "codes[0] (blue_lips).fact_ids[1]: unknown fact id 'NOPE-99'",
        ),
        (
            GOOD.replace("[TRI-01]", "[tri-01]"),
            "codes[0] (blue_lips).fact_ids[0]: String should match pattern",
        ),
        (
            GOOD.replace("[TRI-01]", "[]"),
            "codes[0] (blue_lips).fact_ids: every code cites at least one fact id",
        ),
        (
            GOOD.replace("    fact_ids: [TRI-01]\n", ""),
            "codes[0] (blue_lips).fact_ids: Field required",
        ),
        (
            GOOD.replace("fact_ids:", "source: WHO, https://www.who.int\n    fact_ids:"),
            "codes[0] (blue_lips).source: Extra inputs are not permitted",
        ),
        (
            GOOD + "    withdrawal: 'yes'\n",
            "codes[0] (blue_lips).withdrawal: Input should be a valid boolean",
        ),
        (
            GOOD.replace("code: blue_lips", "code: Blue Lips"),
            "codes[0] (Blue Lips).code: String should match pattern",
        ),
        (
            GOOD + GOOD.split("codes:\n")[1],
            "data/triage_codes.yaml: duplicate code id(s): blue_lips",
        ),
        (
            GOOD.replace("codes:", "  - id: spare\n    label: Spare\ncodes:"),
            "data/triage_codes.yaml: group(s) without codes: spare",
        ),
    ],
)
def test_malformed_file_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(TriageDataError) as info:
        parse_codes(text)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("data/triage_codes.yaml: ")
