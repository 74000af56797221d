"""The closed list of triage codes (docs/instruments.md §8.3), from ``data/triage_codes.yaml``.

The file is validated on load: code and group ids unique, every level and group known, every fact
id resolves. A malformed file raises :class:`TriageDataError` naming the entry and the field.
Labels stay English msgids (``data.po``); ``label`` translates them each time it is read.
"""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Literal, get_args

import yaml
from pydantic import AfterValidator, Field, StrictBool, field_validator, model_validator

from kratomwise.datamodel import DataModel, ValidationError, error_message
from kratomwise.i18n import _
from kratomwise.knowledge import has_fact
from kratomwise.yamldata import load_yaml

Level = Literal["self_care", "see_clinician", "urgent", "emergency"]
# Ordered from lowest to highest: LEVELS.index(level) grows with urgency.
LEVELS: tuple[str, ...] = get_args(Level)
DATA_FILE = "data/triage_codes.yaml"


class TriageDataError(ValueError):
    """The packaged triage code file is malformed."""


def _known_fact(fact_id: str) -> str:
    if not has_fact(fact_id):
        raise ValueError(f"unknown fact id {fact_id!r}")
    return fact_id


def _one_line(text: str) -> str:
    return " ".join(text.split())


Id = Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
Label = Annotated[str, Field(min_length=1), AfterValidator(_one_line)]
FactId = Annotated[str, Field(pattern=r"^[0-9A-Z]+-\d+$"), AfterValidator(_known_fact)]


class Group(DataModel):
    id: Id
    source_label: Label = Field(alias="label")  # English; data.po translates it

    @property
    def label(self) -> str:
        return _(self.source_label)


class CodeDef(DataModel):
    """One triage code: the rule ``TR-<code>`` fires at ``level`` and cites ``fact_ids``."""

    code: Id
    source_label: Label = Field(alias="label")  # English; data.po translates it
    level: Level
    group: Id
    withdrawal: StrictBool = False  # set W (TR-C4, TR-C6)
    depressant_context: StrictBool = False  # set D (TR-C1, TR-C5)
    fact_ids: tuple[FactId, ...]

    @property
    def label(self) -> str:
        return _(self.source_label)

    @field_validator("fact_ids")
    @classmethod
    def _cited(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("every code cites at least one fact id")
        return value


def _duplicates(ids: list[str]) -> list[str]:
    return sorted({i for i in ids if ids.count(i) > 1})


class CodeFile(DataModel):
    groups: tuple[Group, ...]
    codes: tuple[CodeDef, ...]

    @model_validator(mode="after")
    def _references(self) -> CodeFile:
        if not self.groups or not self.codes:
            raise ValueError("needs at least one group and one code")
        for kind, ids in (
            ("group", [g.id for g in self.groups]),
            ("code", [c.code for c in self.codes]),
        ):
            if duplicates := _duplicates(ids):
                raise ValueError(f"duplicate {kind} id(s): {', '.join(duplicates)}")
        groups = {g.id for g in self.groups}
        if unknown := sorted({c.group for c in self.codes} - groups):
            raise ValueError(f"unknown group(s): {', '.join(unknown)}")
        if empty := [g for g in groups if all(c.group != g for c in self.codes)]:
            raise ValueError(f"group(s) without codes: {', '.join(sorted(empty))}")
        return self


def parse_codes(text: str, name: str = DATA_FILE) -> CodeFile:
    """Validate the text of a triage code file; :class:`TriageDataError` says what is wrong."""
    try:
        raw = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or exc
        raise TriageDataError(f"{name}: not valid YAML{at}: {problem}") from None
    try:
        return CodeFile.model_validate(raw)
    except ValidationError as exc:
        raise TriageDataError(error_message(exc, name, raw)) from None


def load_codes() -> CodeFile:
    text = resources.files("kratomwise.assess").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_codes(text)


_FILE = load_codes()
# In the order of the reference table (emergency, urgent, see_clinician, self_care);
# fired rules are listed in this order.
CODE_TABLE: tuple[CodeDef, ...] = _FILE.codes
# Groups for the help page, in page order: the most urgent kinds of sign first.
GROUPS: tuple[Group, ...] = _FILE.groups
