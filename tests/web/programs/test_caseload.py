"""The caseload's flags for a whole list in a fixed number of queries, with the same hold
decision the taper page makes for one person."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kratomwise.sharing import Category, Priority
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.programs import caseload
from kratomwise.web.taper.models import HoldOverride, TaperCheckIn, TaperPlan, TaperPreferences
from kratomwise.web.taper.services import active_plan, build_view, held_today

pytestmark = pytest.mark.django_db
ALL = frozenset({Category.journal, Category.checkins, Category.taper})


def _plan(owner, *, days_ago: int, every: int = 7) -> TaperPlan:
    start = timezone.localdate() - dt.timedelta(days=days_ago)
    return TaperPlan.objects.create(
        owner=owner, amount=Decimal(8), percent=Decimal(10), every_days=every, start=start
    )


def _checkin(owner, day: dt.date, **fields) -> TaperCheckIn:
    return TaperCheckIn.objects.create(owner=owner, day=day, **fields)


def _people(django_user_model, prefix: str) -> dict[str, object]:
    """Seven people whose tapers cover each way to a hold (and ways not to be held)."""
    made = {
        name: django_user_model.objects.create(username=f"{prefix}{name}")
        for name in ("threshold", "urgent", "mood", "calm", "none", "replaced", "long", "over")
    }
    # The first reduction (day 7) waits: the check-in on day 5 is over the person's threshold.
    plan = _plan(made["threshold"], days_ago=10)
    TaperPreferences.objects.create(owner=made["threshold"], hold_withdrawal=6)
    _checkin(made["threshold"], plan.start + dt.timedelta(days=5), withdrawal=8)
    plan = _plan(made["urgent"], days_ago=10)
    _checkin(made["urgent"], plan.start + dt.timedelta(days=5), triage_level="urgent")
    # PHQ-9 item 9 above 0 comes from the check-ins app, read for the whole list at once.
    plan = _plan(made["mood"], days_ago=10)
    day = plan.start + dt.timedelta(days=5)
    _checkin(made["mood"], day, withdrawal=2)
    InstrumentResponse.objects.create(
        owner=made["mood"],
        instrument="phq9",
        total=9,
        answers={"phq9_09": 1},
        safety_flag=True,
        taken_at=timezone.make_aware(dt.datetime.combine(day, dt.time(9))),
    )
    plan = _plan(made["calm"], days_ago=10)
    _checkin(made["calm"], plan.start + dt.timedelta(days=5), withdrawal=2)
    _plan(made["none"], days_ago=10)
    # Only the active version counts: the replaced one would be on hold.
    old = _plan(made["replaced"], days_ago=10)
    _checkin(made["replaced"], old.start + dt.timedelta(days=5), pause=True)
    TaperPlan.objects.filter(pk=old.pk).update(status=TaperPlan.REPLACED)
    _plan(made["replaced"], days_ago=1)
    # A 20-day step held by a check-in 17 days ago is still on hold today.
    plan = _plan(made["long"], days_ago=35, every=20)
    _checkin(made["long"], plan.start + dt.timedelta(days=18), pause=True)
    # The person chose to go ahead despite the hold.
    plan = _plan(made["over"], days_ago=10)
    _checkin(made["over"], plan.start + dt.timedelta(days=5), pause=True)
    HoldOverride.objects.create(plan=plan, due=plan.start + dt.timedelta(days=7))
    for substance in ("kratom", "alcohol"):  # a dangerous combination today
        Entry.objects.create(owner=made["calm"], substance=substance, amount=Decimal(1))
    Entry.objects.create(owner=made["none"], substance="kratom", amount=Decimal(1))
    return made


def test_held_today_agrees_with_the_taper_page(django_user_model) -> None:
    made = _people(django_user_model, "p")
    held = held_today([user.pk for user in made.values()])
    one_by_one = {
        user.pk
        for user in made.values()
        if (plan := active_plan(user)) is not None and build_view(plan, user).held_now
    }
    assert held == one_by_one
    assert held == {made[name].pk for name in ("threshold", "urgent", "mood", "long")}


def test_the_caseload_flags_holds_and_combinations_most_urgent_first(django_user_model) -> None:
    made = _people(django_user_model, "p")
    rows = caseload.rows({made[name].pk: ALL for name in ("long", "calm", "none")})
    flags = {row["person"].username: [f.priority for f in row["flags"]] for row in rows}
    assert flags == {
        "plong": [Priority.review, Priority.contact],
        "pcalm": [Priority.urgent, Priority.contact],
        "pnone": [Priority.contact],
    }
    assert [row["person"].username for row in rows] == ["pcalm", "plong", "pnone"]


def _queries(shared: dict[int, frozenset[Category]]) -> int:
    with CaptureQueriesContext(connection) as captured:
        caseload.rows(shared)
    return len(captured.captured_queries)


def test_queries_do_not_grow_with_the_caseload(django_user_model) -> None:
    few = _people(django_user_model, "a")
    many = {**few, **{f"b{k}": v for k, v in _people(django_user_model, "b").items()}}
    small = _queries({user.pk: ALL for user in few.values()})
    large = _queries({user.pk: ALL for user in many.values()})
    assert small == large == 12
