"""Warnings and notices shown with a plan (docs/instruments.md §9); each cites its facts.

- ``fast_taper`` (in ``rate``): real steps cut faster than 10 % a week.
- ``talk_to_clinician``: the plan starts from use that looks like moderate or severe dependence,
  the plan is for a 7-OH product, 7-OH or opioids are in the journal.
- ``treatment_options`` (§9.5 hand-off trigger): two or more holds within 28 days, a
  moderate/severe DSM-5 screen, opioid use, or an overdose-type emergency. It points to the
  hand-off that ends every plan (``ending``); never dosing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from kratomwise.i18n import _
from kratomwise.shapes import Shaped
from kratomwise.taper import rules


@dataclass(frozen=True, slots=True)
class Notice(Shaped):
    """A warning or notice shown with a plan; always cites facts."""

    code: str
    message: str
    fact_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlanContext:
    """What else is known about the person, from their journal and screens."""

    dsm5_band: str | None = None  # latest DSM-5 kratom-use-disorder screen band
    seven_oh: bool = False  # the plan itself is for a 7-OH product
    seven_oh_journal: bool = False  # 7-OH products are in the journal
    opioids: bool = False  # opioids in the journal, or used with opioids
    overdose_emergency: bool = False  # an emergency triage result with naloxone advised
    country: str | None = None  # ISO alpha-2: picks the locator and help lines


def no_kratom_rate_statement() -> Notice:
    """The plain statement every plan view shows."""
    return Notice(
        "no_kratom_rate",
        _(
            "No taper rate for kratom has been studied. The rates kratomwise compares your plan "
            "with come from guidance for prescription opioid painkillers."
        ),
        rules.NO_KRATOM_RATE_FACTS,
    )


def talk_to_clinician(context: PlanContext) -> Notice | None:
    why: list[str] = []
    if (context.dsm5_band or "").lower() in rules.HANDOFF_DSM5_BANDS:
        why.append(_("your screen suggests moderate or severe dependence"))
    if context.seven_oh:
        why.append(_("the plan involves a 7-OH product"))
    elif context.seven_oh_journal:
        why.append(_("your journal shows use of a 7-OH product"))
    if context.opioids:
        why.append(_("your journal shows opioid use"))
    if not why:
        return None
    return Notice(
        "talk_to_clinician",
        _(
            "Talk to a clinician before and during this taper, because {why}. Stopping or "
            "cutting quickly can bring strong withdrawal, and a clinician can help with "
            "symptoms and with other options."
        ).format(why=_("; ").join(why)),
        rules.TALK_TO_CLINICIAN_FACTS,
    )


def holds_within_window(hold_days: Sequence[dt.date]) -> bool:
    """True when ``HANDOFF_HOLDS`` holds fall within ``HANDOFF_WINDOW_DAYS`` days."""
    days = sorted(hold_days)
    need = rules.HANDOFF_HOLDS
    span = dt.timedelta(days=rules.HANDOFF_WINDOW_DAYS - 1)
    return any(days[i + need - 1] - days[i] <= span for i in range(len(days) - need + 1))


def treatment_options(hold_days: Sequence[dt.date], context: PlanContext) -> Notice | None:
    why: list[str] = []
    if holds_within_window(hold_days):
        why.append(
            _("your taper was held {n} or more times within {days} days").format(
                n=rules.HANDOFF_HOLDS, days=rules.HANDOFF_WINDOW_DAYS
            )
        )
    if (context.dsm5_band or "").lower() in rules.HANDOFF_DSM5_BANDS:
        why.append(_("your screen suggests moderate or severe dependence"))
    if context.opioids:
        why.append(_("you also use opioids"))
    if context.overdose_emergency:
        why.append(_("a recent check suggested a possible overdose"))
    if not why:
        return None
    return Notice(
        "treatment_options",
        _(
            "Worth raising with a clinician soon, because {why}: for opioid use disorder, "
            "guidance recommends offering medicines such as buprenorphine, methadone or "
            "naltrexone rather than withdrawal alone. See the treatment options at the end of "
            "your plan. This is information for that conversation, not advice on doses."
        ).format(why=_("; ").join(why)),
        rules.HANDOFF_FACTS,
    )
