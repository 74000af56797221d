"""Schema and content checks for the packaged substance and alias table."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from importlib import resources
from typing import Any

import pytest
import yaml

from tests.interactions.test_rules import CLASS_IDS as AGREED_CLASS_IDS

# The closed list agreed for the table is the one the rules test pins down.
CLASS_IDS = frozenset(AGREED_CLASS_IDS)

MUST_HAVE = [
    "pregabalin",
    "phenibut",
    "tianeptine",
    "diphenhydramine",
    "buprenorphine",
    "methadone",
    "naloxone",
    "naltrexone",
    "fentanyl",
    "alcohol",
    "paracetamol",
    "7-hydroxymitragynine",
    "kratom",
]


def _compact(text: str) -> str:
    """Letters and digits only, accents removed: the key names are matched by."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "", text)


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    text = (
        resources.files("kratomwise.interactions")
        .joinpath("data/substances.yaml")
        .read_text("utf-8")
    )
    data = yaml.safe_load(text)
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def by_name(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in entries}


@pytest.fixture(scope="module")
def index(entries: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Compact key of every name, brand and alias -> the entries it names."""
    keys: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        keys[_compact(e["name"])].add(e["name"])
        for kind in ("brand", "alias"):
            for alias in e["aliases"][kind]:
                keys[_compact(alias)].add(e["name"])
    return keys


def _resolve(index: dict[str, set[str]], text: str) -> str:
    found = index.get(_compact(text), set())
    assert len(found) == 1, f"{text!r} names {sorted(found)}"
    return next(iter(found))


def test_loads_with_enough_entries(entries: list[dict[str, Any]]) -> None:
    assert len(entries) >= 150


def test_entry_schema(entries: list[dict[str, Any]]) -> None:
    for e in entries:
        assert set(e) == {"name", "classes", "aliases", "combination_of"}, e.get("name")
        assert isinstance(e["name"], str) and e["name"].strip() == e["name"], e["name"]
        assert isinstance(e["classes"], list)
        assert isinstance(e["combination_of"], list)
        assert set(e["aliases"]) == {"brand", "alias"}, e["name"]
        for kind in ("brand", "alias"):
            values = e["aliases"][kind]
            assert isinstance(values, list), (e["name"], kind)
            for value in values:
                # unquoted YAML such as 420 or 1,4-bd would load as numbers or split
                assert isinstance(value, str) and value.strip() == value and value, (
                    e["name"],
                    value,
                )


def test_names_unique_and_lower_case(entries: list[dict[str, Any]]) -> None:
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names))
    assert all(n == n.lower() for n in names)
    compacts = [_compact(n) for n in names]
    assert len(compacts) == len(set(compacts)), "two names differ only in punctuation"


def test_classes_in_closed_list(entries: list[dict[str, Any]]) -> None:
    for e in entries:
        unknown = set(e["classes"]) - CLASS_IDS
        assert not unknown, (e["name"], unknown)
        assert len(e["classes"]) == len(set(e["classes"])), e["name"]
        if not e["combination_of"]:
            assert e["classes"], f"{e['name']} has no class"


def test_combinations_name_existing_single_substances(
    by_name: dict[str, dict[str, Any]],
) -> None:
    for e in by_name.values():
        parts = e["combination_of"]
        if not parts:
            continue
        assert e["classes"] == [], f"{e['name']}: a combination takes its classes from its parts"
        assert len(parts) >= 2 and len(parts) == len(set(parts)), e["name"]
        for part in parts:
            assert part in by_name, (e["name"], part)
            assert not by_name[part]["combination_of"], (e["name"], part)


def test_aliases_unique_and_distinct_from_names(entries: list[dict[str, Any]]) -> None:
    names = {e["name"].lower() for e in entries}
    name_keys = {_compact(e["name"]) for e in entries}
    seen: dict[str, str] = {}
    for e in entries:
        for kind in ("brand", "alias"):
            for alias in e["aliases"][kind]:
                low = alias.lower()
                assert low not in seen, f"{alias!r} in {e['name']} and {seen[low]}"
                seen[low] = e["name"]
                assert low not in names, f"{alias!r} equals an entry name"
                assert _compact(alias) not in name_keys, f"{alias!r} matches an entry name"


def test_no_key_names_two_entries(index: dict[str, set[str]]) -> None:
    ambiguous = {key: sorted(found) for key, found in index.items() if len(found) > 1}
    assert not ambiguous


def test_alias_volume(entries: list[dict[str, Any]]) -> None:
    total = sum(len(e["aliases"]["brand"]) + len(e["aliases"]["alias"]) for e in entries)
    assert total >= 600


def test_must_have_names(by_name: dict[str, dict[str, Any]]) -> None:
    missing = [n for n in MUST_HAVE if n not in by_name]
    assert not missing


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Xanax", "alprazolam"),
        ("Lyrica", "pregabalin"),
        ("lyrika", "pregabalin"),
        ("Benadryl", "diphenhydramine"),
        ("acetaminophen", "paracetamol"),
        ("Tylenol", "paracetamol"),
        ("molly", "mdma"),
        ("meperidine", "pethidine"),
        ("albuterol", "salbutamol"),
        ("Narcan", "naloxone"),
        ("Vivitrol", "naltrexone"),
        ("7-OH", "7-hydroxymitragynine"),
        ("7oh", "7-hydroxymitragynine"),
        ("ketum", "kratom"),
        ("maeng da", "kratom"),
        ("gas station heroin", "tianeptine"),
        ("Tianaa", "tianeptine"),
        ("Noofen", "phenibut"),
        ("fent", "fentanyl"),
        ("blues", "fentanyl"),
        ("Imodium", "loperamide"),
        ("Seroquel", "quetiapine"),
        ("Adderall", "amphetamine"),
        ("shabu", "methamphetamine"),
        ("coke", "cocaine"),
        ("weed", "cannabis"),
        ("CBD", "cannabidiol"),
        ("beer", "alcohol"),
        ("Robitussin", "dextromethorphan"),
        ("grapefruit", "grapefruit juice"),
        ("St. John's wort", "st john's wort"),
        ("oxycodon", "oxycodone"),
        ("xannax", "alprazolam"),
        ("gabapenten", "gabapentin"),
        ("hydrocodine", "hydrocodone"),
        ("benadril", "diphenhydramine"),
        ("tramadal", "tramadol"),
        ("klonopine", "clonazepam"),
    ],
)
def test_alias_spot_checks(index: dict[str, set[str]], typed: str, expected: str) -> None:
    assert _resolve(index, typed) == expected


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("Suboxone", {"buprenorphine", "naloxone"}),
        ("Zubsolv", {"buprenorphine", "naloxone"}),
        ("suboxon", {"buprenorphine", "naloxone"}),
        ("Percocet", {"oxycodone", "paracetamol"}),
        ("Endocet", {"oxycodone", "paracetamol"}),
        ("Vicodin", {"hydrocodone", "paracetamol"}),
        ("Norco", {"hydrocodone", "paracetamol"}),
        ("Tylenol #3", {"codeine", "paracetamol"}),
        ("co-codamol", {"codeine", "paracetamol"}),
        ("Targin", {"oxycodone", "naloxone"}),
        ("Contrave", {"naltrexone", "bupropion"}),
        ("lean", {"promethazine", "codeine"}),
    ],
)
def test_combination_spot_checks(
    index: dict[str, set[str]],
    by_name: dict[str, dict[str, Any]],
    typed: str,
    parts: set[str],
) -> None:
    assert set(by_name[_resolve(index, typed)]["combination_of"]) == parts


@pytest.mark.parametrize(
    ("name", "required"),
    [
        ("kratom", {"kratom_leaf"}),
        ("7-hydroxymitragynine", {"seven_oh_product"}),
        ("mitragynine pseudoindoxyl", {"kratom_alkaloid"}),
        ("fentanyl", {"full_opioid_agonist", "cns_depressant"}),
        ("tramadol", {"full_opioid_agonist", "serotonergic", "seizure_threshold_lowering"}),
        ("buprenorphine", {"opioid_partial_agonist"}),
        ("methadone", {"full_opioid_agonist", "qt_prolonging"}),
        ("naloxone", {"opioid_antagonist"}),
        ("naltrexone", {"opioid_antagonist"}),
        ("tianeptine", {"atypical_opioid", "cns_depressant"}),
        ("phenibut", {"gaba_b_agonist", "cns_depressant"}),
        ("pregabalin", {"gabapentinoid", "cns_depressant"}),
        ("alcohol", {"alcohol", "cns_depressant"}),
        ("diphenhydramine", {"sedating_antihistamine", "cns_depressant"}),
        ("loperamide", {"peripheral_opioid"}),
        ("bupropion", {"seizure_threshold_lowering", "cyp2d6_inhibitor_strong"}),
        ("clarithromycin", {"cyp3a4_inhibitor_strong"}),
        ("grapefruit juice", {"cyp3a4_inhibitor_strong"}),
        ("rifampicin", {"cyp3a4_inducer"}),
        ("paracetamol", {"non_opioid_analgesic", "hepatotoxic"}),
        ("kava", {"kava", "cns_depressant"}),
    ],
)
def test_key_classes(by_name: dict[str, dict[str, Any]], name: str, required: set[str]) -> None:
    assert required <= set(by_name[name]["classes"])


def test_naloxone_is_only_an_antagonist(by_name: dict[str, dict[str, Any]]) -> None:
    # a rescue medicine: nothing in its classes may make it look like a depressant
    assert by_name["naloxone"]["classes"] == ["opioid_antagonist"]
