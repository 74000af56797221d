"""What to do now, fitted to the case: the advice lines of a triage result and the order of its
help lines. Every line names the country's number (never "your local emergency number") and
carries the fact ids behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kratomwise.assess.triage_rules import (
    CHILD_SWALLOWED_CODE,
    CODE_TABLE,
    CRISIS_CODES,
    CRISIS_PLAN_CODE,
    OVERDOSE_SIGN_CODES,
    POISON_ADVICE_CODES,
    FiredRule,
)
from kratomwise.i18n import _
from kratomwise.knowledge import resources as _res

DEPRESSANT_CONTEXT_CODES = frozenset(c.code for c in CODE_TABLE if c.depressant_context)
NEWBORN_CODE = "newborn_withdrawal_signs"
# Codes whose own advice line stands in for the level's general advice.
OWN_ADVICE_CODES = CRISIS_CODES | {CHILD_SWALLOWED_CODE, NEWBORN_CODE}


@dataclass(frozen=True, slots=True)
class Advice:
    text: str
    fact_ids: tuple[str, ...]


def _facts(rules: Iterable[FiredRule]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for r in rules for f in r.fact_ids))


def _line_text(line: _res.Resource) -> str:
    if line.phone:
        return _("{name} on {phone}").format(name=line.name_text, phone=line.phone)
    return f"{line.name_text} ({line.url})" if line.url else line.name_text


def _level_advice(level: str, rules: Sequence[FiredRule], number: str) -> Advice | None:
    """The general advice of the result's level, unless a case-specific line covers it."""
    own = [r for r in rules if r.level == level and not set(r.codes) <= OWN_ADVICE_CODES]
    if level == "emergency":
        if not own:
            return None
        return Advice(
            _("Call {number} now and stay with the person until help arrives.").format(
                number=number
            ),
            ("TRI-03", "TRI-05", *_facts(own)),
        )
    if level == "urgent":
        if not own:
            return None
        return Advice(
            _(
                "Get medical care today: an urgent care centre, an emergency department or an "
                "out-of-hours doctor. If things get worse, call {number}."
            ).format(number=number),
            _facts(own),
        )
    if level == "see_clinician":
        return Advice(
            _(
                "Arrange to see a doctor or nurse within the next few days. Keep track of your "
                "symptoms and run this check again if anything new appears."
            ),
            _facts(own) or ("DEP-02",),
        )
    return Advice(
        _(
            "No red flags from what you told us. Rest, drink fluids, keep a regular sleep "
            "routine and track your symptoms; run this check again if things change."
        ),
        ("DEP-02", "TAP-09"),
    )


def build_advice(
    level: str, rules: Sequence[FiredRule], naloxone: bool, country: str | None
) -> tuple[Advice, ...]:
    """The advice lines, most urgent first."""
    have = {c for r in rules for c in r.codes}
    number = _res.emergency_number(country)
    crisis = _res.crisis_lines(country)
    poison = _res.poison_line(country)
    out: list[Advice] = []
    if CRISIS_PLAN_CODE in have:
        out.append(
            Advice(
                _(
                    "Call {number} now or go to the nearest emergency department. Don't stay "
                    "alone: ask someone to be with you until you get help. Put medicines, drugs "
                    "and anything you could hurt yourself with out of reach, or give them to "
                    "someone to keep."
                ).format(number=number),
                ("TRI-07", "TRI-09"),
            )
        )
    general = _level_advice(level, rules, number)
    if level == "emergency" and general is not None:
        out.append(general)
        if have & OVERDOSE_SIGN_CODES or any(r.id == "TR-C1" for r in rules):
            out.append(
                Advice(
                    _(
                        "If they are not breathing normally, do what the {number} call handler "
                        "tells you. If they are breathing but hard to wake, lay them on their "
                        "side (the recovery position)."
                    ).format(number=number),
                    ("TRI-01", "IXN-06"),
                )
            )
    if CHILD_SWALLOWED_CODE in have:
        if poison is not None:
            text = _(
                "Call {poison} now, even if the child seems well. If the child is hard to wake, "
                "breathing slowly or not at all, or has a seizure, call {number} first."
            ).format(poison=_line_text(poison), number=number)
        else:
            text = _("Call {number} now, even if the child seems well.").format(number=number)
        out.append(Advice(text, ("TRI-03", "PHA-06", "HRM-07")))
    if have & CRISIS_CODES:
        if CRISIS_PLAN_CODE in have:
            text = _("A crisis line can also talk with you while you get help: {line}.")
        else:
            text = _(
                "Call or text a crisis line now: {line}. You don't have to carry these thoughts "
                "alone. If you might act on them, call {number} or go to an emergency department, "
                "and don't stay alone."
            )
        line = _line_text(crisis[0]) if crisis else number
        out.append(Advice(text.format(line=line, number=number), ("TRI-08", "TRI-09", "TRI-10")))
    if NEWBORN_CODE in have:
        out.append(
            Advice(
                _(
                    "Get the baby seen by a doctor today. Tell them that the mother used kratom "
                    "or opioids in pregnancy: standard drug screens do not find kratom. If the "
                    "baby is hard to wake or struggles to breathe, call {number}."
                ).format(number=number),
                ("HRM-23", "HRM-24", "HRM-25"),
            )
        )
    if level != "emergency" and general is not None:
        out.append(general)
    poison_relevant = have & POISON_ADVICE_CODES - {CHILD_SWALLOWED_CODE}
    if level in ("urgent", "see_clinician") and poison_relevant and poison is not None:
        out.append(
            Advice(
                _("{poison} can tell you now what to watch for after what was taken.").format(
                    poison=_line_text(poison)
                ),
                ("TRI-03",),
            )
        )
    if naloxone:
        out.append(
            Advice(
                _(
                    "If an opioid overdose is possible, give naloxone if you have it; it does no "
                    "harm if no opioid was taken. Naloxone may only partly work after kratom, so "
                    "call {number}, keep giving rescue breaths if you are trained, and give a "
                    "second dose if there is no response. Naloxone wears off: the person still "
                    "needs to be seen by emergency services."
                ).format(number=number),
                ("IXN-04", "IXN-02", "IXN-03", "TRI-01"),
            )
        )
    if have & DEPRESSANT_CONTEXT_CODES and level != "emergency":
        out.append(
            Advice(
                _(
                    "After a break, with a 7-OH product, or mixed with opioids, sedatives or "
                    "alcohol, breathing can slow more than you expect: your tolerance may be "
                    "lower than you think. Use less than you used to, don't use alone, and keep "
                    "naloxone with you and tell someone where it is."
                ),
                ("IXN-06", "TRI-01", "IXN-05", "INT-09", "PHA-06"),
            )
        )
    if "pregnant" in have:
        out.append(
            Advice(
                _(
                    "During pregnancy, don't stop suddenly on your own: withdrawal can harm the "
                    "pregnancy. A clinician can help you plan safely."
                ),
                ("TRI-15", "TAP-07"),
            )
        )
    if "breastfeeding" in have:
        out.append(
            Advice(
                _(
                    "Tell a doctor, nurse or midwife that you use kratom while breastfeeding, so "
                    "they can advise you and keep an eye on your baby. Babies exposed to kratom "
                    "before birth have had withdrawal; we found no study of kratom in breast milk."
                ),
                ("HRM-23", "HRM-24", "HRM-25"),
            )
        )
    return tuple(out)


def _body_emergency(rules: Sequence[FiredRule]) -> bool:
    """An emergency-level rule fired for something other than a plan or a child's swallowing."""
    return any(
        r.level == "emergency" and not set(r.codes) <= {CRISIS_PLAN_CODE, CHILD_SWALLOWED_CODE}
        for r in rules
    )


def order_resources(
    rules: Sequence[FiredRule], naloxone: bool, country: str | None
) -> tuple[_res.Resource, ...]:
    """The help lines, in the order the case needs them.

    Suicidal thoughts without a plan or a body emergency: crisis lines first. A child who
    swallowed kratom or 7-OH, with no other emergency sign: the poison line first. Otherwise the
    ambulance/emergency numbers first (the crisis lines right after them when there is a plan).
    """
    have = {c for r in rules for c in r.codes}
    emergency = _res.emergency_lines(country)
    medical = [r for r in emergency if r.kind in _res.MEDICAL_EMERGENCY_KINDS]
    poison = [r for r in emergency if r.kind == "poison_control"]
    taken = POISON_ADVICE_CODES | OVERDOSE_SIGN_CODES | DEPRESSANT_CONTEXT_CODES
    if have & CRISIS_CODES and not have & taken:
        poison = []  # a poison line has nothing to say about these thoughts
    crisis = _res.crisis_lines(country) if have & CRISIS_CODES else []
    body_emergency = _body_emergency(rules)
    if crisis and CRISIS_PLAN_CODE not in have and not body_emergency:
        chosen = [*crisis, *medical, *poison]
    elif CHILD_SWALLOWED_CODE in have and not body_emergency and CRISIS_PLAN_CODE not in have:
        chosen = [*poison, *medical, *crisis]
    else:
        chosen = [*medical, *crisis, *poison]
    if naloxone:
        chosen += [r for r in _res.for_country(country) if r.kind == "naloxone_access"]
    chosen += [r for r in _res.for_country(country) if r.kind in _res.CARE_KINDS]
    seen: set[tuple[str, str, str]] = set()
    unique: list[_res.Resource] = []
    for r in chosen:
        key = (r.country_code, r.kind, r.name)
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return tuple(unique)
