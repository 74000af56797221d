"""Cue lexicons (negation, hedges, absolutes, disease words, calls to action ...).

The patterns live in ``data/patterns.yaml``; this module compiles them once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kratomwise.claims.names import kratom_names_pattern
from kratomwise.yamldata import load_yaml as parse_yaml

FLAGS = re.IGNORECASE


_PLACEHOLDER = re.compile(r"<<(\w+)>>")


def join_lines(text: str) -> str:
    """A pattern written over several YAML lines, line breaks and indents dropped."""
    return "".join(line.strip() for line in text.splitlines())


def compile_pattern(text: str) -> re.Pattern[str]:
    """Compile a pattern; ``<<name>>`` stands for the lexicon pattern ``name`` (as a group)."""
    source = join_lines(text)
    if "<<" in source:
        raw = _raw()
        source = _PLACEHOLDER.sub(lambda m: "(?:" + join_lines(str(raw[m.group(1)])) + ")", source)
    return re.compile(source, FLAGS)


@dataclass(frozen=True, slots=True)
class Lexicon:
    kratom: re.Pattern[str]
    pronoun_subject: re.Pattern[str]
    topic: re.Pattern[str]
    assertive: re.Pattern[str]
    negation: re.Pattern[str]
    evidence_absence: re.Pattern[str]
    hedge: re.Pattern[str]
    absolute: re.Pattern[str]
    reporting: re.Pattern[str]
    question: re.Pattern[str]
    opinion: re.Pattern[str]
    navigation: re.Pattern[str]
    call_to_action: re.Pattern[str]
    discount_code: re.Pattern[str]
    structure_function: re.Pattern[str]
    disease: re.Pattern[str]
    therapeutic: re.Pattern[str]
    affiliate_url: re.Pattern[str]
    shop_url: re.Pattern[str]
    shop_text: re.Pattern[str]
    not_a_claim: re.Pattern[str]
    therapeutic_after: re.Pattern[str]
    imperative: re.Pattern[str]
    debunk: re.Pattern[str]
    refuted_before: re.Pattern[str]
    refuted_after: re.Pattern[str]
    other_drug: re.Pattern[str]
    subjectless: re.Pattern[str]
    self_reference: re.Pattern[str]
    instruction: re.Pattern[str]
    anaphor: re.Pattern[str]
    referent: re.Pattern[str]
    other_subject: re.Pattern[str]
    presupposing_question: re.Pattern[str]
    therapeutic_generic: re.Pattern[str]
    use_history: re.Pattern[str]
    speech: re.Pattern[str]
    others_claim: re.Pattern[str]
    efficacy: re.Pattern[str]
    personal_story: re.Pattern[str]
    kratom_harm: re.Pattern[str]
    expletive_it: re.Pattern[str]
    case_story: re.Pattern[str]
    case_death: re.Pattern[str]
    organ_subject: re.Pattern[str]


def load_yaml(name: str) -> object:
    text = resources.files("kratomwise.claims").joinpath(f"data/{name}").read_text("utf-8")
    return parse_yaml(text)


@cache
def _raw() -> dict[str, object]:
    raw = load_yaml("patterns.yaml")
    if not isinstance(raw, dict):
        raise ValueError("patterns.yaml: expected a mapping")
    raw["kratom_names"] = kratom_names_pattern()
    return raw


@cache
def lexicon() -> Lexicon:
    raw = _raw()
    return Lexicon(**{name: compile_pattern(str(raw[name])) for name in Lexicon.__slots__})
