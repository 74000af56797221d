"""The evidence base: cited facts loaded from the packaged YAML files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from kratomwise.i18n import N_, _
from kratomwise.knowledge.sources import is_commercial
from kratomwise.shapes import Shaped
from kratomwise.yamldata import load_yaml

# Closed list of evidence types: id -> (label, what it means in plain words), English msgids
# translated by Fact.evidence_label / evidence_explanation.
EVIDENCE_TYPES: Mapping[str, tuple[str, str]] = {
    "rct": (
        N_("Randomised controlled trial"),
        N_("People were assigned at random to groups, the strongest design for cause and effect."),
    ),
    "systematic_review": (
        N_("Systematic review"),
        N_("Researchers searched for every study on a question and summarised them together."),
    ),
    "cohort": (
        N_("Cohort or small prospective study"),
        N_("A group of people was followed and measured over time, without random assignment."),
    ),
    "cross_sectional_survey": (
        N_("Survey"),
        N_("People answered questions at one point in time; often a self-selected online sample."),
    ),
    "case_series": (
        N_("Case series"),
        N_("A description of several patients; it shows what can happen, not how often."),
    ),
    "case_report": (
        N_("Case report"),
        N_("A description of one patient; it shows something can happen, not how often."),
    ),
    "animal": (N_("Animal study"), N_("Done in animals; results may not carry over to people.")),
    "in_vitro": (
        N_("Laboratory study"),
        N_("Done on cells, tissue or product samples in a laboratory, not in people."),
    ),
    "regulatory": (
        N_("Law or agency document"),
        N_(
            "A law, an agency notice or an expert-committee finding: it records a decision, "
            "not a measurement."
        ),
    ),
    "surveillance": (
        N_("Surveillance data"),
        N_(
            "Counts from poison centres, death records or adverse-event reports; voluntary "
            "reports cannot prove cause."
        ),
    ),
    "guideline": (
        N_("Clinical guideline"),
        N_(
            "Advice from a health agency or professional body, usually written for another "
            "substance (such as prescribed opioids) when it appears here."
        ),
    ),
    "expert_opinion": (
        N_("Expert opinion"),
        N_("The considered view of specialists without trial evidence behind it."),
    ),
}


class FactError(ValueError):
    """A packaged fact file is malformed."""


class UnknownFact(KeyError):
    """No fact has the requested id."""


@dataclass(frozen=True, slots=True)
class Source(Shaped):
    """``as_dict()`` is the source as people see it: a seller's address is never given out."""

    JSON: ClassVar[str] = "citation=shown_citation url=shown_url"

    citation: str
    url: str

    @property
    def commercial(self) -> bool:
        """A seller's page: kept as a record, never shown as a link."""
        return is_commercial(self.url)

    @property
    def shown_citation(self) -> str:
        if self.commercial:
            return f"{self.citation} (read on a seller's website; not linked)"
        return self.citation

    @property
    def shown_url(self) -> str:
        return "" if self.commercial else self.url


@dataclass(frozen=True, slots=True)
class Fact(Shaped):
    """``as_dict()`` is the fact as the CLI and API print it."""

    JSON: ClassVar[str] = "id topic statement=text evidence_type sources as_of"

    id: str
    topic: str
    statement: str
    evidence_type: str
    sources: tuple[Source, ...]
    as_of: dt.date
    origin: str  # the data file the fact came from, e.g. "reference"

    @property
    def text(self) -> str:
        """The statement in the active language (data.po); ``statement`` stays English, the
        text the claim checker and search compare against."""
        return _(self.statement)

    @property
    def topic_label(self) -> str:
        return topic_label(self.topic)

    @property
    def evidence_label(self) -> str:
        return _(EVIDENCE_TYPES[self.evidence_type][0])

    @property
    def evidence_explanation(self) -> str:
        return _(EVIDENCE_TYPES[self.evidence_type][1])


def _parse_date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise FactError(f"{where}: as_of {value!r} is not a YYYY-MM-DD date") from exc


def parse_fact(raw: Mapping[str, Any], origin: str) -> Fact:
    """Validate one raw mapping from a fact file and build a Fact."""
    where = f"{origin}:{raw.get('id', '?')}"
    for key in ("id", "topic", "statement", "evidence_type", "sources", "as_of"):
        if not raw.get(key):
            raise FactError(f"{where}: missing {key}")
    if raw["evidence_type"] not in EVIDENCE_TYPES:
        raise FactError(f"{where}: unknown evidence_type {raw['evidence_type']!r}")
    sources = []
    for item in raw["sources"]:
        if not item.get("citation") or not str(item.get("url", "")).startswith("http"):
            raise FactError(f"{where}: every source needs a citation and an http(s) url")
        sources.append(Source(citation=str(item["citation"]), url=str(item["url"])))
    return Fact(
        id=str(raw["id"]),
        topic=str(raw["topic"]),
        statement=" ".join(str(raw["statement"]).split()),
        evidence_type=str(raw["evidence_type"]),
        sources=tuple(sources),
        as_of=_parse_date(raw["as_of"], where),
        origin=origin,
    )


def build_index(facts: Iterable[Fact]) -> dict[str, Fact]:
    index: dict[str, Fact] = {}
    for fact in facts:
        if fact.id in index:
            raise FactError(
                f"duplicate fact id {fact.id} in {fact.origin} and {index[fact.id].origin}"
            )
        index[fact.id] = fact
    return index


@cache
def _index() -> dict[str, Fact]:
    folder = resources.files("kratomwise.knowledge").joinpath("data/facts")
    facts: list[Fact] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        origin = entry.name.removesuffix(".yaml")
        raw = load_yaml(entry.read_text(encoding="utf-8")) or []
        if not isinstance(raw, list):
            raise FactError(f"{entry.name}: expected a list of facts")
        facts.extend(parse_fact(item, origin) for item in raw)
    return build_index(facts)


def all_facts() -> list[Fact]:
    """Every fact, in file order (reference facts first by topic prefix)."""
    return list(_index().values())


def get_fact(fact_id: str) -> Fact:
    try:
        return _index()[fact_id.strip().upper()]
    except KeyError:
        raise UnknownFact(fact_id) from None


def has_fact(fact_id: str) -> bool:
    return fact_id.strip().upper() in _index()


# Topics as people read them (the data's topic ids stay keys); every topic in the data has one
# (tests/knowledge). English msgids, translated when shown.
TOPIC_LABELS: dict[str, str] = {
    "7-OH regulation": N_("Rules on 7-OH products"),
    "botany": N_("The plant"),
    "chemistry": N_("Chemistry"),
    "dependence": N_("Dependence and withdrawal"),
    "harms-cardiac": N_("Harms: heart"),
    "harms-contamination": N_("Harms: contaminated products"),
    "harms-deaths": N_("Harms: deaths"),
    "harms-liver": N_("Harms: liver"),
    "harms-neonatal": N_("Harms: newborns"),
    "harms-other": N_("Harms: other"),
    "harms-poison centres": N_("Harms: poison centre reports"),
    "harms-seizures": N_("Harms: seizures"),
    "interactions": N_("Interactions"),
    "pharmacokinetics": N_("How the body handles it"),
    "pharmacology": N_("How it acts in the body"),
    "regulatory-DEA": N_("Rules: DEA"),
    "regulatory-FDA": N_("Rules: FDA"),
    "regulatory-international": N_("Rules: international"),
    "regulatory-states": N_("Rules: US states"),
    "taper": N_("Tapering"),
    "treatment": N_("Treatment"),
    "triage": N_("Urgent signs"),
    "use patterns": N_("How people use it"),
}


def topics() -> list[str]:
    return sorted({f.topic for f in _index().values()})


def topic_label(topic: str) -> str:
    """The topic's name in the active language."""
    return _(TOPIC_LABELS[topic])


def newest_as_of() -> dt.date:
    return max(f.as_of for f in _index().values())
