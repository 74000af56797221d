from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml

from kratomwise.interactions import SEVERITIES
from kratomwise.interactions.rules import RuleError, default_rules, parse_rules
from kratomwise.interactions.table import TableError, load_classes, load_table
from kratomwise.knowledge import all_facts, has_fact

CLASS_IDS = [
    "kratom_leaf",
    "seven_oh_product",
    "kratom_alkaloid",
    "full_opioid_agonist",
    "opioid_partial_agonist",
    "opioid_antagonist",
    "atypical_opioid",
    "peripheral_opioid",
    "benzodiazepine",
    "z_drug",
    "barbiturate",
    "gabapentinoid",
    "gaba_b_agonist",
    "alcohol",
    "sedating_antihistamine",
    "muscle_relaxant",
    "antipsychotic",
    "ssri",
    "snri",
    "tricyclic",
    "maoi",
    "other_antidepressant",
    "stimulant",
    "dissociative",
    "psychedelic",
    "cannabis",
    "kava",
    "nicotine",
    "caffeine",
    "anticonvulsant",
    "seizure_threshold_lowering",
    "qt_prolonging",
    "serotonergic",
    "cyp3a4_inhibitor_strong",
    "cyp3a4_inhibitor_moderate",
    "cyp3a4_inducer",
    "cyp2d6_inhibitor_strong",
    "cyp2d6_inhibitor_moderate",
    "cyp2d6_inducer",
    "cyp3a4_substrate_sensitive",
    "cyp2d6_substrate_sensitive",
    "cns_depressant",
    "hepatotoxic",
    "non_opioid_analgesic",
    "supplement",
    "other",
]


def test_classes_file_defines_the_closed_list() -> None:
    classes = load_classes()
    assert set(CLASS_IDS) <= set(classes)
    for info in classes.values():
        assert info.label and info.description.endswith(".")


def test_every_class_has_a_pair_rule() -> None:
    rules = default_rules()
    covered = set().union(*(r.classes for r in rules.class_rules))
    assert set(load_classes()) <= covered


def test_every_rule_cites_existing_facts_and_valid_severity() -> None:
    for rule in default_rules().all_rules():
        assert rule.severity in SEVERITIES
        assert rule.fact_ids, rule.id
        for fact_id in rule.fact_ids:
            assert has_fact(fact_id), f"{rule.id}: {fact_id}"
        assert len(rule.mechanism) > 20


def test_interaction_facts_are_cited_and_own_words() -> None:
    facts = [fact for fact in all_facts() if fact.origin == "interactions"]
    assert [fact.id for fact in facts] == [f"IXN-{n:02d}" for n in range(1, len(facts) + 1)]
    cited = {
        i for rule in default_rules().all_rules() for i in rule.fact_ids if i.startswith("IXN-")
    }
    assert cited <= {fact.id for fact in facts}
    for fact in facts:
        assert fact.sources and fact.as_of <= dt.date.today(), fact.id
        assert "TODO" not in fact.statement, fact.id


def test_naloxone_is_never_flagged_dangerous() -> None:
    rules = default_rules()
    (rule,) = [r for r in rules.substance_rules if "naloxone" in r.substances]
    assert rule.replace and rule.severity == "low_risk"
    assert re.search(r"\bcarry\b", rule.advice, re.I)


def test_group_rules_cover_the_required_triads() -> None:
    groups = {g.id: g for g in default_rules().group_rules}
    assert groups["opioid-benzodiazepine"].severity == "dangerous"
    assert "cns_depressant" in groups["two-depressants"].slots[0]
    assert len(groups) == len(default_rules().group_rules)


@pytest.mark.parametrize(
    "bad",
    [
        {"fallback": {"id": "x", "severity": "meh", "mechanism": "m" * 30, "fact_ids": ["INT-07"]}},
        {"fallback": {"id": "x", "severity": "unknown", "mechanism": "m" * 30, "fact_ids": []}},
        {
            "fallback": {
                "id": "x",
                "severity": "unknown",
                "mechanism": "m" * 30,
                "fact_ids": ["A"],
            },
            "class_rules": [
                {
                    "id": "y",
                    "classes": ["nope"],
                    "severity": "caution",
                    "mechanism": "m",
                    "fact_ids": ["A"],
                }
            ],
        },
        {
            "fallback": {
                "id": "x",
                "severity": "unknown",
                "mechanism": "m" * 30,
                "fact_ids": ["A"],
            },
            "group_rules": [
                {
                    "id": "g",
                    "slots": [["alcohol"]],
                    "severity": "caution",
                    "mechanism": "m",
                    "fact_ids": ["A"],
                }
            ],
        },
        [],
    ],
)
def test_malformed_rules_are_rejected(bad: object) -> None:
    with pytest.raises(RuleError):
        parse_rules(bad, load_classes())


@pytest.mark.parametrize(
    "text",
    [
        "- name: Xanax\n  classes: [benzodiazepine]\n",
        "- name: foo\n  classes: [not_a_class]\n",
        "- name: foo\n  classes: []\n  combination_of: [bar]\n",
        "- name: foo\n  classes: []\n- name: foo\n  classes: []\n",
        "- {classes: []}\n",
    ],
)
def test_malformed_tables_are_rejected(text: str) -> None:
    with pytest.raises(TableError):
        load_table(text)


def test_fixture_table_has_no_ambiguous_keys(table: object) -> None:
    assert table.ambiguous_keys() == {}  # type: ignore[attr-defined]


def test_rules_yaml_is_plain_yaml() -> None:
    from importlib import resources

    text = resources.files("kratomwise.interactions").joinpath("data/rules.yaml").read_text()
    assert set(yaml.safe_load(text)) == {
        "fallback",
        "substance_rules",
        "class_rules",
        "group_rules",
    }


def test_a_broken_rule_names_the_file_rule_and_field() -> None:
    raw = {
        "fallback": {"id": "x", "severity": "unknown", "mechanism": "m", "fact_ids": ["A"]},
        "class_rules": [
            {
                "id": "y",
                "classes": ["alcohol"],
                "severity": "bad",
                "mechanism": "m",
                "fact_ids": ["A"],
            }
        ],
    }
    with pytest.raises(RuleError) as caught:
        parse_rules(raw, load_classes())
    assert str(caught.value) == (
        "rules.yaml: class_rules[0] (y).severity: 'bad' is not one of "
        "dangerous, unsafe, caution, unknown, low_risk"
    )


def test_a_broken_substance_or_class_names_the_file_entry_and_field() -> None:
    with pytest.raises(TableError) as substance:
        load_table("- name: foo\n  classes: [alcohol]\n  aliases: {brand: [1]}\n")
    assert str(substance.value) == (
        "substances.yaml: [0] (foo).aliases.brand[0]: Input should be a valid string (got 1)"
    )
    with pytest.raises(TableError) as klass:
        load_table("- name: foo\n  classes: []\n", "opioid: {label: Opioid}\n")
    assert str(klass.value) == "classes.yaml: opioid.description: Field required"
