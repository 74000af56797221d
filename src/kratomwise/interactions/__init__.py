"""Interaction checker (pure core): names as people type them -> substances -> kratom + X
pairs and kratom + two-or-more groups, each with a severity, a plain mechanism and fact ids.

Public API::

    check(names) -> Report        # .highest_severity .resolved .unresolved .pairs .groups
                                  # .overdose_first .safety .notes; .as_dict() (CLI/API JSON)
    resolve(name) -> Resolution   # .names .classes .matched_by .confidence .suggestions
                                  # the one way to turn a typed name (a journal entry, a
                                  # medicine) into table substances, e.g. "kratom tea" -> kratom
    suggest(prefix, limit) -> list[str]
    split_names(text) -> list[str]       # "Xanax, beer; Lyrica" -> names; NamesError over
                                          # MAX_NAMES names or MAX_TEXT_LENGTH characters
    kratom_aliases() -> tuple[str, ...]   # every name for plain kratom ("ketum", "kratom tea")
    SEVERITIES                    # most to least severe
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from kratomwise.i18n import _
from kratomwise.interactions.check import (
    DEPRESSANT_CLASSES,
    OPIOID_CLASSES,
    Checker,
    Group,
    Pair,
    Reason,
    Report,
)
from kratomwise.interactions.names import (
    MAX_NAME_LENGTH,
    MAX_NAMES,
    MAX_TEXT_LENGTH,
    NamesError,
    clean_names,
    split_names,
)
from kratomwise.interactions.resolve import MATCH_KINDS, Completion, Resolution, Resolver
from kratomwise.interactions.rules import RuleError, RuleSet, default_rules
from kratomwise.interactions.severity import SEVERITIES, label, meaning, most_severe, rank
from kratomwise.interactions.table import (
    KRATOM,
    SEVEN_OH,
    ClassInfo,
    Substance,
    Table,
    TableError,
    default_table,
    load_classes,
)


@cache
def default_checker() -> Checker:
    """The checker over the packaged table and rules (built once per process)."""
    return Checker(default_table(), default_rules())


def check(names: Sequence[str], *, use_library: bool = True) -> Report:
    """Check ``names`` (as typed) against kratom, which is always implied.

    Raises ValueError when ``names`` holds no name at all.
    """
    if isinstance(names, str):
        names = [names]
    return default_checker().check(names, use_library=use_library)


def resolve(name: str, *, use_library: bool = True) -> Resolution:
    """Resolve one typed name to substances in the table (unresolved: ``names`` is empty)."""
    return default_checker().resolver.resolve(name, use_library=use_library)


def suggest(prefix: str, limit: int = 8) -> list[str]:
    """Names from the table (generic, brand and other names) starting with ``prefix``."""
    return [c.display for c in default_checker().resolver.suggest(prefix, limit)]


def suggest_entries(prefix: str, limit: int = 8) -> list[Completion]:
    """Like :func:`suggest`, with the substance each name stands for."""
    return default_checker().resolver.suggest(prefix, limit)


def kratom_aliases() -> tuple[str, ...]:
    """Every name for plain kratom, from the substance table's kratom entry (the one source):
    "kratom" first, then the other names as written there ("ketum", "kratom tea", ...)."""
    return default_table().names_of(KRATOM)


def class_info(class_id: str) -> ClassInfo:
    """A substance class with its label and description in the active language (data.po)."""
    info = load_classes()[class_id]
    return replace(info, label=_(info.label), description=_(info.description))


__all__ = [
    "DEPRESSANT_CLASSES",
    "KRATOM",
    "MATCH_KINDS",
    "MAX_NAMES",
    "MAX_NAME_LENGTH",
    "MAX_TEXT_LENGTH",
    "OPIOID_CLASSES",
    "SEVEN_OH",
    "SEVERITIES",
    "Checker",
    "ClassInfo",
    "Completion",
    "Group",
    "NamesError",
    "Pair",
    "Reason",
    "Report",
    "Resolution",
    "Resolver",
    "RuleError",
    "RuleSet",
    "Substance",
    "Table",
    "TableError",
    "check",
    "class_info",
    "clean_names",
    "default_checker",
    "kratom_aliases",
    "label",
    "meaning",
    "most_severe",
    "rank",
    "resolve",
    "split_names",
    "suggest",
    "suggest_entries",
]
