"""What other apps know that the taper uses: the journal, and clinical check-ins.

Each function returns "nothing known" when the other app has no data for the person.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from kratomwise import usage
from kratomwise.assess.instruments.phq9 import SAFETY_ITEM as PHQ9_SAFETY_ITEM
from kratomwise.usage import daily

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

OPIOID_CLASSES = frozenset(
    {"full_opioid_agonist", "opioid_partial_agonist", "atypical_opioid", "peripheral_opioid"}
)
JOURNAL_LOOKBACK_DAYS = 90
SEVEN_OH_FORM = "seven_oh_product"


def _journal_entries(user: User, since: dt.datetime) -> list[Any]:
    from kratomwise.web.journal.models import Entry

    return list(Entry.objects.filter(owner=user, taken_at__gte=since).order_by("taken_at"))


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    zone = timezone.get_current_timezone()
    start = dt.datetime.combine(day, dt.time.min, tzinfo=zone)
    return start, start + dt.timedelta(days=1)


def journal_amount(user: User, unit: str, day: dt.date, seven_oh: bool = False) -> Decimal | None:
    """What the journal logged on ``day`` of the product the plan tapers (kratom, or a 7-OH
    product), in the plan's ``unit``; None when nothing comparable was logged.

    The day's totals are the journal's own (``usage.daily_totals`` over ``Entry.to_core``), so
    amounts that cannot be added (leaf grams and extract grams, say) are never added: when more
    than one kind matches the unit, the form is left for the person to fill in."""
    from kratomwise.web.journal.models import Entry

    start, end = _day_bounds(day)
    zone = timezone.get_current_timezone()
    rows = Entry.objects.filter(owner=user, taken_at__gte=start, taken_at__lt=end)
    totals = daily.daily_totals([entry.to_core(zone) for entry in rows], None).get(day)
    if totals is None:
        return None
    substance = usage.SEVEN_OH if seven_oh else usage.KRATOM
    forms = [form for form in usage.FORMS if seven_oh == (form == SEVEN_OH_FORM)]
    kinds = {daily.classify(substance, form, unit, None) for form in forms}
    found = [(key, factor) for key, factor in kinds if key in totals.amounts]
    if len(found) != 1:
        return None
    key, factor = found[0]
    return Decimal(str(round(totals.amounts[key] / factor, 4))).normalize()


def _is_opioid(name: str) -> bool:
    from kratomwise.interactions import resolve

    return bool(set(resolve(name, use_library=False).classes) & OPIOID_CLASSES)


def journal_context(user: User, today: dt.date) -> tuple[bool, bool]:
    """(opioids, seven_oh) in the journal over the last 90 days."""
    start, _end = _day_bounds(today - dt.timedelta(days=JOURNAL_LOOKBACK_DAYS))
    opioids = seven_oh = False
    names: set[str] = set()
    for entry in _journal_entries(user, start):
        if entry.is_seven_oh:
            seven_oh = True
        elif entry.substance != "kratom":
            names.add(entry.substance)
    opioids = any(_is_opioid(name) for name in sorted(names))
    return opioids, seven_oh


def _responses(user: User, instrument: str, until: dt.datetime) -> list[Any]:
    from kratomwise.web.checkins.models import InstrumentResponse

    return list(
        InstrumentResponse.objects.filter(
            owner=user, instrument=instrument, taken_at__lt=until
        ).order_by("taken_at", "pk")
    )


def clinical_signals(user: User, days: list[dt.date]) -> dict[dt.date, dict[str, Any]]:
    """COWS and PHQ-9 item 9 for each taper check-in day, from the check-ins app.

    ``cows_total``: the latest clinician COWS in the 24 h up to the end of that day;
    ``phq9_item9``: the item 9 answer of the latest PHQ-9 up to the end of that day.
    (Triage results are not stored by any app yet, so ``triage_level`` is not filled here.)
    """
    if not days:
        return {}
    _start, last_end = _day_bounds(max(days))
    return signals_on(_responses(user, "cows", last_end), _responses(user, "phq9", last_end), days)


def clinical_signals_of(days_by_owner: dict[int, list[dt.date]]) -> dict[int, dict[dt.date, Any]]:
    """``clinical_signals`` for many people in one query (the caseload's hold flags)."""
    from kratomwise.web.checkins.models import InstrumentResponse

    wanted = {owner: days for owner, days in days_by_owner.items() if days}
    if not wanted:
        return {}
    _start, last_end = _day_bounds(max(max(days) for days in wanted.values()))
    found: dict[tuple[int, str], list[Any]] = {}
    rows = InstrumentResponse.objects.filter(
        owner_id__in=list(wanted), instrument__in=("cows", "phq9"), taken_at__lt=last_end
    ).order_by("taken_at", "pk")
    for row in rows:
        found.setdefault((row.owner_id, row.instrument), []).append(row)
    return {
        owner: signals_on(found.get((owner, "cows"), []), found.get((owner, "phq9"), []), days)
        for owner, days in wanted.items()
    }


def signals_on(
    cows: list[Any], phq9: list[Any], days: list[dt.date]
) -> dict[dt.date, dict[str, Any]]:
    """The per-day signals from one person's COWS and PHQ-9 rows (oldest first)."""
    result: dict[dt.date, dict[str, Any]] = {}
    for day in days:
        _s, end = _day_bounds(day)
        recent = [r for r in cows if end - dt.timedelta(hours=24) <= r.taken_at < end]
        latest_phq = [r for r in phq9 if r.taken_at < end]
        signals: dict[str, Any] = {}
        if recent:
            signals["cows_total"] = int(recent[-1].total)
        if latest_phq:
            value = (latest_phq[-1].answers or {}).get(PHQ9_SAFETY_ITEM)
            if value is not None:
                signals["phq9_item9"] = int(value)
        if signals:
            result[day] = signals
    return result


def dsm5_band(user: User) -> str | None:
    """The band of the latest DSM-5 kratom-use-disorder screen, if any."""
    far_future = timezone.now() + dt.timedelta(days=1)
    responses = _responses(user, "dsm5", far_future)
    return str(responses[-1].band) if responses and responses[-1].band else None
