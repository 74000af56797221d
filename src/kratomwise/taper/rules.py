"""Thresholds of the taper domain, each next to the fact ids that justify it.

The rate figures come from guidance for prescribed opioids (TAP-02, TAP-03); no kratom taper
rate has been studied (TAP-08). The hold and hand-off rules are kratomwise rules (expert
opinion) built on the guidance to slow or pause (TAP-05, TAP-09) and on the advice to offer
medicines for opioid use disorder (TAP-11..TAP-13, TX-03..TX-05).
"""

from __future__ import annotations

from decimal import Decimal

# After shorter use, opioid guidance describes cuts of 10 % a week or slower (TAP-03); a real
# step cutting faster than that is named in the fast-taper warning (kratomwise rule). After a
# year or more of daily use it describes about 10 % a month or slower (TAP-02), shown beside
# the person's rate.
FAST_TAPER_WEEKLY_PERCENT = Decimal("10")
LONG_TERM_MONTHLY_PERCENT = Decimal("10")
FAST_TAPER_FACTS: tuple[str, ...] = ("TAP-03", "TAP-02", "TAP-01", "TAP-08")
RATE_FACTS: tuple[str, ...] = ("TAP-03", "TAP-02", "TAP-08")

# Said plainly wherever a plan is shown: no kratom-specific taper rate has been studied.
NO_KRATOM_RATE_FACTS: tuple[str, ...] = ("TAP-08", "TX-01")

# Starting from use that looks like moderate/severe dependence, from a 7-OH product, or with
# opioids in the journal: talk to a clinician first.
TALK_TO_CLINICIAN_FACTS: tuple[str, ...] = ("TAP-01", "TAP-05", "TAP-11", "TAP-08")

# Hold reasons (docs/instruments.md §9.4).
HOLD_PAUSE_FACTS: tuple[str, ...] = ("TAP-05",)
HOLD_WITHDRAWAL_FACTS: tuple[str, ...] = ("TAP-09", "TAP-05", "DEP-08")
HOLD_CRAVING_FACTS: tuple[str, ...] = ("TAP-10", "TAP-05")
HOLD_CLINICAL_FACTS: tuple[str, ...] = ("TAP-09", "TAP-05")
HOLD_MOOD_FACTS: tuple[str, ...] = ("TAP-09", "TAP-01")
HOLD_URGENT_FACTS: tuple[str, ...] = ("TAP-09", "TAP-06")
# Triage rule whose `see_clinician` result holds a step (four or more withdrawal symptoms).
TRIAGE_WITHDRAWAL_CLUSTER_RULE = "TR-C6"
TRIAGE_HOLD_LEVELS: frozenset[str] = frozenset({"urgent", "emergency"})

# Hand-off notice (docs/instruments.md §9.5): two or more holds within 28 days.
HANDOFF_HOLDS = 2
HANDOFF_WINDOW_DAYS = 28
HANDOFF_DSM5_BANDS: frozenset[str] = frozenset({"moderate", "severe"})
# Never facts that give doses (TX-03, TX-04 give milligrams): the app does not name doses.
HANDOFF_FACTS: tuple[str, ...] = ("TAP-11", "TAP-12", "TAP-13")

# The end of every plan: tolerance falls, so going back to the old amount risks overdose; have
# naloxone (TAP-14, TAP-04; naloxone may only partly work after kratom, IXN-03). Then the
# treatment hand-off with the person's locator and help lines.
OVERDOSE_RISK_FACTS: tuple[str, ...] = ("TAP-14", "TAP-04", "IXN-03")

# Adherence: a day counts as on target when the amount taken is at or below the target, or at
# most 10 % above it (kratomwise rule, a display choice, not a clinical threshold): taking less
# than planned is never "off target".
ADHERENCE_TOLERANCE = Decimal("0.10")

# Bounds that keep a plan finite and readable.
MAX_STEPS = 1000
MAX_EVERY_DAYS = 365
# Larger daily amounts are typing mistakes (and overflow the rounding arithmetic).
MAX_AMOUNT = Decimal(1_000_000)
