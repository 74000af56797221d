"""What every plan ends with, whatever triggered or not (text, JSON, page and print).

1. Tolerance falls during a taper, so going back to the old amount risks an overdose; have
   naloxone, and know it may only partly work after kratom (TAP-14, TAP-04, IXN-03).
2. The treatment hand-off: medicines such as buprenorphine can help; a treatment locator and a
   drug help line for the person's country (TAP-11..TAP-13). Never a dose.
"""

from __future__ import annotations

from dataclasses import dataclass

from kratomwise.i18n import _
from kratomwise.knowledge import resources as res
from kratomwise.shapes import Shaped
from kratomwise.taper import rules


@dataclass(frozen=True, slots=True)
class Closing(Shaped):
    """One closing statement of a plan, with the lines that help act on it."""

    code: str
    message: str
    fact_ids: tuple[str, ...]
    resources: tuple[res.Resource, ...] = ()


def overdose_risk(country: str | None) -> Closing:
    return Closing(
        "overdose_risk",
        _(
            "Your tolerance falls as you cut down. Going back to your old amount, after a "
            "lapse or at the end of the taper, can cause an overdose. Keep naloxone at hand and "
            "show someone close to you how to use it. Naloxone may only partly work after "
            "kratom: call the emergency number too."
        ),
        rules.OVERDOSE_RISK_FACTS,
        tuple(res.by_kind(country, "naloxone_access")) if country else (),
    )


def treatment_handoff(country: str | None) -> Closing:
    lines = tuple(res.by_kind(country, res.CARE_KINDS)) if country else ()
    where = (
        _("These services can help you find care:")
        if lines
        else _("A treatment locator or a drug help line in your country can help you find care.")
    )
    return Closing(
        "treatment_handoff",
        _(
            "If cutting down is hard, you do not have to do it alone. Medicines such as "
            "buprenorphine help many people with opioid use disorder, and addiction specialists "
            "also use it for kratom use disorder, although no trial has tested it for kratom. "
            "Ask a clinician; this is information for that talk, not advice on doses."
        )
        + " "
        + where,
        rules.HANDOFF_FACTS,
        lines,
    )


def closing(country: str | None = None) -> tuple[Closing, ...]:
    """The closing statements of every plan; ``country`` (ISO alpha-2) picks the lines."""
    code = res.normalize_country(country)
    return (overdose_risk(code), treatment_handoff(code))
