"""iCalendar export, parsed back with the icalendar library."""

from __future__ import annotations

import datetime as dt

import icalendar

from kratomwise.taper import CheckIn, build_plan, step_changes, to_ical
from tests.taper.helpers import day, settings


def _events(data: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return [c for c in cal.walk() if c.name == "VEVENT"]


def test_one_event_per_step_change() -> None:
    plan = build_plan(settings("3", percent="30"))  # 3, 2, 1, 0 capsules-like grams
    events = _events(to_ical(plan))
    assert len(events) == len(plan.steps) == len(step_changes(plan))
    starts = [e.decoded("dtstart") for e in events]
    assert starts == [s.start for s in plan.steps]
    assert all(isinstance(d, dt.date) and not isinstance(d, dt.datetime) for d in starts)
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(days=1) for e in events)
    assert "reaches 0" in str(events[-1]["summary"])
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_holds_add_no_event_but_move_the_dates() -> None:
    plan = build_plan(settings("3", percent="30"), [CheckIn(day(6), pause=True)])
    events = _events(to_ical(plan, uid_prefix="plan-7"))
    assert len(events) == len(plan.steps) - 1  # the held step keeps the amount
    assert [e.decoded("dtstart") for e in events][1] == day(14)
    assert str(events[0]["uid"]).startswith("plan-7-")
    assert "Holds so far: 1." in str(events[1]["description"])


def test_calendar_headers_and_amount_text() -> None:
    plan = build_plan(settings("7.5", percent="10"))
    cal = icalendar.Calendar.from_ical(to_ical(plan))
    assert str(cal["version"]) == "2.0" and "kratomwise" in str(cal["prodid"])
    first = _events(to_ical(plan))[0]
    assert "7.5 g" in str(first["summary"])
    stamp = dt.datetime(2026, 2, 1, 12, tzinfo=dt.UTC)
    again = _events(to_ical(plan, stamp=stamp))[0]
    assert again.decoded("dtstamp") == stamp
