"""Every threshold the usage signals use, each next to the fact ids that justify it.

This is the one place these numbers live: the analysis imports them, and the web app's
"How signals work" page is generated from :data:`RULES`, so the page and the code cannot
drift apart. The numbers are risk thresholds for signals, never advice about how much to take.
Most of them are our own choices (expert opinion) for noticing a pattern early; the facts show
why the pattern matters, not where its line is. Each rule's ``basis`` says which is which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kratomwise.i18n import _

# --- Window -------------------------------------------------------------------------------

#: Signals look at the days up to and including "today"; older history is summarised, not flagged.
LOOKBACK_DAYS: Final = 28

# --- escalating_amount --------------------------------------------------------------------

#: The trend is fitted over this many calendar days ending today (days with leaf use only).
TREND_WINDOW_DAYS: Final = LOOKBACK_DAYS
#: At least this many days with leaf use inside the window before a trend is estimated.
TREND_MIN_DAYS: Final = 10
#: One-sided Mann–Kendall z score the rise must reach (about p < 0.025).
TREND_MIN_Z: Final = 1.96
#: The Theil–Sen line must rise by at least this fraction of the window's median daily amount.
TREND_MIN_RELATIVE_RISE: Final = 0.20
#: A rise of at least this fraction raises the level from caution to warning.
TREND_WARNING_RELATIVE_RISE: Final = 0.50
#: Tolerance (needing more for the same effect) is among the commonest dependence criteria,
#: and a reported case escalated from about 3 g to 50 g a day through tolerance.
ESCALATION_FACTS: Final = ("DEP-07", "DEP-04", "DEP-13")

# --- increasing_frequency -----------------------------------------------------------------

#: Uses per day (days without use count as zero) over the same window.
FREQUENCY_WINDOW_DAYS: Final = LOOKBACK_DAYS
#: At least this many days with any use in the window.
FREQUENCY_MIN_DAYS: Final = 7
FREQUENCY_MIN_Z: Final = 1.96
#: The Theil–Sen line of uses per day must rise by at least this many uses a day over the window.
FREQUENCY_MIN_RISE: Final = 0.75
#: Withdrawal and use-disorder symptoms tracked how often people used more than how much.
FREQUENCY_FACTS: Final = ("DEP-08", "DEP-03")

# --- daily_use ----------------------------------------------------------------------------

#: Use on every one of at least this many consecutive days.
DAILY_USE_MIN_DAYS: Final = 14
#: An unbroken run this long raises the level to warning.
DAILY_USE_WARNING_DAYS: Final = 90
#: Regular use and its length predicted dependence and worse unwanted effects on stopping.
DAILY_USE_FACTS: Final = ("DEP-08", "DEP-09", "DEP-01")

# --- three_or_more_uses_a_day -------------------------------------------------------------

#: Uses on one day that count as "three or more".
MANY_USES_PER_DAY: Final = 3
#: This many such days inside the window raise the level to warning.
MANY_USES_WARNING_DAYS: Final = 7
#: Among kratom tea drinkers, three or more glasses a day went with higher odds of severe
#: dependence, withdrawal and craving (a use here is any entry, not only a glass of tea).
MANY_USES_FACTS: Final = ("DEP-03", "DEP-04")

# --- seven_oh_use -------------------------------------------------------------------------

#: Concentrated 7-OH products: potency, breathing effects in animals, deaths, scheduling.
SEVEN_OH_FACTS: Final = ("7OH-03", "PHA-06", "7OH-09", "7OH-04", "7OH-02", "7OH-07")

# --- use_after_break ----------------------------------------------------------------------

#: Days without any use before a use counts as a return after a break (our choice).
BREAK_MIN_DAYS: Final = 7
#: Tolerance falls during a break; a return at the old amount risks overdose; naloxone.
BREAK_FACTS: Final = ("SIG-01", "IXN-06", "IXN-05")

# --- polydrug_day -------------------------------------------------------------------------

#: Multi-substance exposures did worse, and most kratom-associated deaths involved other substances.
POLYDRUG_FACTS: Final = ("INT-07", "HRM-09", "HRM-03")
#: Interaction-checker severity -> signal level.
POLYDRUG_LEVELS: Final = {
    "dangerous": "warning",
    "unsafe": "warning",
    "caution": "caution",
    "unknown": "caution",
    "low_risk": "info",
}
#: Level when the interaction checker is not available.
POLYDRUG_DEFAULT_LEVEL: Final = "caution"

# --- limit_exceeded -----------------------------------------------------------------------

#: Your own limits; the frequency and tolerance facts explain why such limits matter.
LIMIT_FACTS: Final = ("DEP-08", "DEP-07")

LEVELS: Final = ("info", "caution", "warning")


def _chosen(numbers: str) -> str:
    return _(
        "{numbers}: our own choice (expert opinion) for noticing the pattern early; the facts "
        "below show why the pattern matters, they do not set the number."
    ).format(numbers=numbers)


@dataclass(frozen=True, slots=True)
class Rule:
    """One signal rule as the "How signals work" page shows it."""

    code: str
    title: str
    rule: str
    levels: str
    fact_ids: tuple[str, ...]
    basis: str  # which numbers the cited facts give and which are our own choice


def rules() -> tuple[Rule, ...]:
    """Every signal rule in plain words, built from the constants above."""
    return (
        Rule(
            "escalating_amount",
            _("Your daily amount is rising"),
            _(
                "We look at the grams of leaf (capsules converted with your grams per capsule) on "
                "each day you used in the last {window} days, if there are at least {min_days}. "
                "We fit a Theil–Sen line, which uses the middle of all day-to-day slopes, so one "
                "unusual day cannot tilt it. The rise counts when the Mann–Kendall test gives "
                "z ≥ {z}, the line climbs by at least {rise:.0%} of your typical day, and both "
                "still hold after the single most unusual day is left out."
            ).format(
                window=TREND_WINDOW_DAYS,
                min_days=TREND_MIN_DAYS,
                z=TREND_MIN_Z,
                rise=TREND_MIN_RELATIVE_RISE,
            ),
            _("Caution; warning when the rise is {rise:.0%} or more.").format(
                rise=TREND_WARNING_RELATIVE_RISE
            ),
            ESCALATION_FACTS,
            _chosen(
                _("{min_days} days, z ≥ {z}, a rise of {rise:.0%} and {warn:.0%}").format(
                    min_days=TREND_MIN_DAYS,
                    z=TREND_MIN_Z,
                    rise=TREND_MIN_RELATIVE_RISE,
                    warn=TREND_WARNING_RELATIVE_RISE,
                )
            ),
        ),
        Rule(
            "increasing_frequency",
            _("You are using more often"),
            _(
                "We count uses per day over the last {window} days (days without use count as "
                "zero), when you used on at least {min_days} of them. The same robust trend test "
                "applies: z ≥ {z}, a rise of at least {rise} uses a day across the window, and "
                "still true without the most unusual day."
            ).format(
                window=FREQUENCY_WINDOW_DAYS,
                min_days=FREQUENCY_MIN_DAYS,
                z=FREQUENCY_MIN_Z,
                rise=FREQUENCY_MIN_RISE,
            ),
            _("Caution."),
            FREQUENCY_FACTS,
            _chosen(
                _("{min_days} days and a rise of {rise} uses a day").format(
                    min_days=FREQUENCY_MIN_DAYS, rise=FREQUENCY_MIN_RISE
                )
            ),
        ),
        Rule(
            "daily_use",
            _("You have used every day"),
            _(
                "A run of at least {days} days in a row with use, still going or ended in the "
                "last {window} days."
            ).format(days=DAILY_USE_MIN_DAYS, window=LOOKBACK_DAYS),
            _("Caution; warning from {days} days in a row.").format(days=DAILY_USE_WARNING_DAYS),
            DAILY_USE_FACTS,
            _chosen(
                _("{days} and {warn} days in a row").format(
                    days=DAILY_USE_MIN_DAYS, warn=DAILY_USE_WARNING_DAYS
                )
            ),
        ),
        Rule(
            "three_or_more_uses_a_day",
            _("Three or more uses in a day"),
            _("Any day in the last {window} days with {n} or more uses.").format(
                window=LOOKBACK_DAYS, n=MANY_USES_PER_DAY
            ),
            _("Caution; warning when it happened on {days} or more days.").format(
                days=MANY_USES_WARNING_DAYS
            ),
            MANY_USES_FACTS,
            _(
                "The studies counted glasses of kratom tea: three or more glasses a day went with "
                "more severe dependence. Counting any entry as a use, and {days} such days for a "
                "warning, is our own choice (expert opinion)."
            ).format(days=MANY_USES_WARNING_DAYS),
        ),
        Rule(
            "seven_oh_use",
            _("Concentrated 7-OH product"),
            _("Any entry for a concentrated 7-OH product in the last {window} days.").format(
                window=LOOKBACK_DAYS
            ),
            _("Warning."),
            SEVEN_OH_FACTS,
            _("Any entry counts: the facts describe the risks of these products themselves."),
        ),
        Rule(
            "use_after_break",
            _("Use after a break"),
            _(
                "A use in the last {window} days after at least {days} days without any use. "
                "Tolerance falls during a break, so an amount that was usual before can now be "
                "too much."
            ).format(window=LOOKBACK_DAYS, days=BREAK_MIN_DAYS),
            _("Warning."),
            BREAK_FACTS,
            _chosen(_("{days} days").format(days=BREAK_MIN_DAYS)),
        ),
        Rule(
            "polydrug_day",
            _("Kratom and another substance on the same day"),
            _(
                "Any day in the last {window} days with kratom (or 7-OH) and other substances. "
                "All the other substances of that day are checked together, as one combination, "
                "and the interaction checker's rating sets the level."
            ).format(window=LOOKBACK_DAYS),
            _("From the interaction checker (dangerous or unsafe → warning); otherwise caution."),
            POLYDRUG_FACTS,
            _("The level is the interaction checker's rating of the whole combination."),
        ),
        Rule(
            "limit_exceeded",
            _("A limit you set was broken"),
            _(
                "Compared with the limits in your settings over the last {window} days: "
                "amount per day, uses per day, and days without use in each 7-day block."
            ).format(window=LOOKBACK_DAYS),
            _("Caution."),
            LIMIT_FACTS,
            _("The limits are yours; the journal only compares your entries with them."),
        ),
    )
