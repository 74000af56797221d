"""From stored rows to the pure-core plan, and the figures the taper page shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import dateformat, timezone

from kratomwise import taper as core
from kratomwise.web.core.templatetags.pagelanguage import era_format
from kratomwise.web.taper import signals
from kratomwise.web.taper.models import (
    HoldOverride,
    TaperCheckIn,
    TaperPlan,
    TaperPreferences,
)

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User


def show_date(day: dt.date) -> str:
    """A date the way every taper page writes it: the active language's date format (with
    Buddhist-era years for those who chose them)."""
    return dateformat.format(day, era_format("DATE_FORMAT", day))


def active_plan(user: User) -> TaperPlan | None:
    return TaperPlan.objects.filter(owner=user, status=TaperPlan.ACTIVE).first()


def preferences(user: User) -> TaperPreferences:
    prefs = TaperPreferences.objects.filter(owner=user).first()
    return prefs or TaperPreferences(owner=user)


def core_settings(plan: TaperPlan) -> core.PlanSettings:
    return core.PlanSettings(
        amount=Decimal(plan.amount),
        unit=core.Unit(plan.unit),
        percent=Decimal(plan.percent),
        every_days=int(plan.every_days),
        start=plan.start,
        min_step=None if plan.min_step is None else Decimal(plan.min_step),
        floor=Decimal(plan.floor or 0),
    )


def latest_rows(user: User) -> list[TaperCheckIn]:
    """The latest check-in row of each day (edits add rows; the newest counts)."""
    by_day: dict[dt.date, TaperCheckIn] = {}
    for row in TaperCheckIn.objects.filter(owner=user).order_by("day", "created_at", "pk"):
        by_day[row.day] = row
    return [by_day[d] for d in sorted(by_day)]


def core_checkins(
    user: User, plan: TaperPlan, prefs: TaperPreferences, rows: list[TaperCheckIn]
) -> list[core.CheckIn]:
    clinical = signals.clinical_signals(user, [r.day for r in rows])
    return _to_core(plan, prefs, rows, clinical)


def _to_core(
    plan: TaperPlan,
    prefs: TaperPreferences,
    rows: list[TaperCheckIn],
    clinical: dict[dt.date, dict[str, Any]],
) -> list[core.CheckIn]:
    result = []
    for row in rows:
        extra = clinical.get(row.day, {})
        same_scale = row.withdrawal_scale == prefs.withdrawal_scale
        result.append(
            core.CheckIn(
                day=row.day,
                withdrawal=row.withdrawal if same_scale else None,
                craving=row.craving,
                amount_taken=None
                if row.amount_taken is None or row.unit != plan.unit
                else Decimal(row.amount_taken),
                pause=row.pause,
                cows_total=extra.get("cows_total"),
                triage_level=row.triage_level or extra.get("triage_level"),
                triage_rules=frozenset(row.triage_rules or extra.get("triage_rules") or ()),
                phq9_item9=extra.get("phq9_item9"),
            )
        )
    return result


def _thresholds(prefs: TaperPreferences) -> core.Thresholds:
    return core.Thresholds(withdrawal=prefs.hold_withdrawal, craving=prefs.hold_craving)


def _held(steps: tuple[core.Step, ...], today: dt.date) -> bool:
    current = next((step for step in steps if step.contains(today)), None)
    return current is not None and current.status is core.StepStatus.HELD


def held_today(owner_ids: Collection[int], today: dt.date | None = None) -> set[int]:
    """Who among ``owner_ids`` has an active taper on hold today (``PlanView.held_now``), in
    at most six queries for the whole list however long it is: the caseload asks for everyone."""
    today = today or timezone.localdate()
    # No check-in, no hold: most lists stop after this one cheap query.
    checked = TaperCheckIn.objects.filter(owner_id__in=list(owner_ids)).order_by()
    owners = set(checked.values_list("owner_id", flat=True).distinct())
    plans: dict[int, TaperPlan] = {}
    active = TaperPlan.objects.filter(owner_id__in=list(owners), status=TaperPlan.ACTIVE)
    for record in active.prefetch_related("overrides") if owners else ():
        plans.setdefault(record.owner_id, record)  # newest first, as ``active_plan``
    if not plans:
        return set()
    # Check-ins before a plan's start decide none of its holds.
    first_day = min(record.start for record in plans.values()) - dt.timedelta(days=1)
    by_day: dict[int, dict[dt.date, TaperCheckIn]] = {}
    for row in TaperCheckIn.objects.filter(owner_id__in=list(plans), day__gte=first_day).order_by(
        "owner_id", "day", "created_at", "pk"
    ):
        by_day.setdefault(row.owner_id, {})[row.day] = row  # the newest row of a day counts
    if not by_day:
        return set()  # no check-in since the plans began
    prefs = {p.owner_id: p for p in TaperPreferences.objects.filter(owner_id__in=list(by_day))}
    clinical = signals.clinical_signals_of({o: sorted(days) for o, days in by_day.items()})
    held: set[int] = set()
    for owner, days in by_day.items():
        record = plans[owner]
        mine = prefs.get(owner) or TaperPreferences(owner_id=owner)
        rows = [days[d] for d in sorted(days)]
        checkins = _to_core(record, mine, rows, clinical.get(owner, {}))
        overrides = [o.due for o in record.overrides.all()]
        steps = core.schedule(core_settings(record), checkins, _thresholds(mine), overrides)
        if _held(steps, today):
            held.add(owner)
    return held


@dataclass(frozen=True)
class PlanView:
    """Everything the taper page shows about one plan version."""

    record: TaperPlan
    plan: core.Plan
    today: dt.date
    target: Decimal | None
    current: core.Step | None
    next_change: core.Step | None
    pending_hold: core.Step | None  # the held step in progress or next, if any
    adherence: core.Adherence
    pace: core.Pace
    checkins: list[core.CheckIn]
    rows: list[TaperCheckIn]
    care_first: bool

    @property
    def unit_label(self) -> str:
        return self.plan.settings.unit.label

    @property
    def target_text(self) -> str | None:
        """Today's target with its unit, e.g. ``1 capsule`` or ``6.5 g``."""
        return None if self.target is None else self.quantity(self.target)

    @property
    def next_text(self) -> str | None:
        return None if self.next_change is None else self.quantity(self.next_change.daily_amount)

    def quantity(self, amount: Decimal) -> str:
        return core.format_quantity(amount, self.plan.settings.unit)

    @property
    def held_now(self) -> bool:
        return _held(self.plan.steps, self.today)


def build_view(record: TaperPlan, user: User, today: dt.date | None = None) -> PlanView:
    today = today or timezone.localdate()
    prefs = preferences(user)
    rows = latest_rows(user)
    checkins = core_checkins(user, record, prefs, rows)
    opioids, seven_oh = signals.journal_context(user, today)
    context = core.PlanContext(
        dsm5_band=signals.dsm5_band(user),
        seven_oh=record.seven_oh,
        seven_oh_journal=seven_oh,
        opioids=opioids,
        country=getattr(user, "country", "") or None,
    )
    plan = core.build_plan(
        core_settings(record),
        checkins,
        _thresholds(prefs),
        overrides=[o.due for o in record.overrides.all()],
        context=context,
        date_format=show_date,
    )
    current = plan.step_on(today)
    next_change = next(
        (
            s
            for s in plan.steps
            if s.start > today and s.daily_amount != (current or plan.steps[0]).daily_amount
        ),
        None,
    )
    pending = next(
        (s for s in plan.steps if s.status is core.StepStatus.HELD and s.end >= today), None
    )
    care_first = pending is not None and any(r.care_first for r in pending.reasons)
    return PlanView(
        record=record,
        plan=plan,
        today=today,
        target=plan.target_on(today),
        current=current,
        next_change=next_change,
        pending_hold=pending,
        adherence=core.adherence(plan, checkins, today),
        pace=core.pace(plan, today),
        checkins=checkins,
        rows=rows,
        care_first=care_first,
    )


@transaction.atomic
def save_plan(user: User, values: dict[str, Any], change: str) -> TaperPlan:
    """Store a new plan version; the previous active plan is kept as replaced."""
    previous = (
        TaperPlan.objects.select_for_update().filter(owner=user, status=TaperPlan.ACTIVE).first()
    )
    if previous is not None:
        previous.status = TaperPlan.REPLACED
        previous.replaced_at = timezone.now()
        previous.save(update_fields=["status", "replaced_at"])
    return TaperPlan.objects.create(
        owner=user, replaces=previous, change=change if previous else "new", **values
    )


@transaction.atomic
def add_override(record: TaperPlan, due: dt.date) -> None:
    HoldOverride.objects.get_or_create(plan=record, due=due)


def save_checkin(
    user: User, record: TaperPlan, prefs: TaperPreferences, data: dict[str, Any]
) -> TaperCheckIn:
    """Store a valid check-in (``CheckInForm.cleaned_data``) with that day's triage result."""
    from kratomwise.assess.triage import triage

    symptoms = list(data.get("symptoms") or [])
    level, rules = "", []
    if symptoms:
        result = triage(symptoms, getattr(user, "country", "") or None)
        level, rules = result.level, list(result.rule_ids)
    with transaction.atomic():
        # Model() sets properties such as sows_answers; django-stubs does not know (its #1034).
        return TaperCheckIn.objects.create(  # type: ignore[misc]
            owner=user,
            day=data["day"],
            withdrawal_scale=prefs.withdrawal_scale,
            withdrawal=data.get("withdrawal"),
            sows_answers=data.get("sows_answers"),
            craving=data.get("craving"),
            amount_taken=data.get("amount_taken"),
            unit=record.unit,
            pause=bool(data.get("pause")),
            symptoms=symptoms,
            triage_level=level,
            triage_rules=rules,
        )
