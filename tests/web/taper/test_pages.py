"""Taper pages: create, check in, thresholds, holds and override, history, access."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import icalendar
import pytest
from django.utils.formats import date_format

from kratomwise.web.taper.models import HoldOverride, TaperCheckIn, TaperPlan, TaperPreferences
from tests.web.taper.conftest import plan_data

pytestmark = pytest.mark.django_db


def test_login_required(client) -> None:  # type: ignore[no-untyped-def]
    for url in ("/taper/", "/taper/new/", "/taper/history/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_start_page_says_no_kratom_rate(owner_client) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get("/taper/").content.decode()
    assert "No taper rate for kratom has been studied" in page
    assert 'href="/evidence/TAP-08/"' in page
    assert 'name="amount"' in page and 'name="percent"' in page


def test_create_plan_and_see_it(owner_client, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    assert owner_plan.amount == Decimal(8) and owner_plan.start == today
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="target">8 g</p>' in page
    assert "<svg" in page and "taper-chart" in page and "<desc" in page
    assert "7.25" in page  # the second step in the table
    assert "No taper rate for kratom has been studied" in page
    assert "about 10 % a month or slower after a year or more of daily use" in page
    # The page ends with the tolerance/naloxone warning and the treatment hand-off.
    ending = page.index('data-testid="plan-ending"')
    assert ending > page.index('id="plan-heading"')
    assert page.index('data-code="overdose_risk"') < page.index('data-code="treatment_handoff"')
    assert "Your tolerance falls as you cut down" in page[ending:]
    assert "buprenorphine" in page[ending:] and 'href="/evidence/TAP-14/"' in page


def test_fast_plan_warns_with_sources(owner_client) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/new/", plan_data(percent=30))
    page = owner_client.get("/taper/").content.decode()
    assert 'data-code="fast_taper"' in page and 'href="/evidence/TAP-03/"' in page


def test_seven_oh_plan_says_talk_to_clinician(owner_client) -> None:  # type: ignore[no-untyped-def]
    data = plan_data()
    data["seven_oh"] = "on"
    owner_client.post("/taper/new/", data)
    page = owner_client.get("/taper/").content.decode()
    assert 'data-code="talk_to_clinician"' in page


@pytest.mark.parametrize(
    "changes", [{"percent": 0}, {"percent": 100}, {"amount": 0}, {"unit": "oz"}, {"start": "x"}]
)
def test_bad_plan_is_refused_and_nothing_saved(owner_client, owner, changes) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post("/taper/new/", plan_data(**changes))
    assert response.status_code == 400 and "errorlist" in response.content.decode()
    assert not TaperPlan.objects.filter(owner=owner).exists()


def test_checkin_with_threshold_holds_the_next_step(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(
        "/taper/thresholds/", {"withdrawal_scale": "rating", "hold_withdrawal": "6"}
    )
    assert response.status_code == 302
    assert TaperPreferences.objects.get(owner=owner).hold_withdrawal == 6
    response = owner_client.post(
        "/taper/checkin/", {"day": today.isoformat(), "withdrawal": "7", "amount_taken": "8"}
    )
    assert response.status_code == 302
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="hold"' in page
    assert "at or above the threshold of 6 you set" in page
    assert "Continue with the cut anyway" in page


def test_pause_request_and_override(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "pause": "on"})
    page = owner_client.get("/taper/").content.decode()
    assert "You asked for a pause" in page
    due = owner_plan.start + dt.timedelta(days=7)
    response = owner_client.post(f"/taper/{owner_plan.pk}/override/", {"due": due.isoformat()})
    assert response.status_code == 302
    assert HoldOverride.objects.filter(plan=owner_plan, due=due).exists()
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="hold"' not in page and "You chose to continue" in page


def test_override_of_a_day_that_is_not_held_is_404(owner_client, owner_plan) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(f"/taper/{owner_plan.pk}/override/", {"due": "2020-01-01"})
    assert response.status_code == 404


def test_checkin_edit_keeps_history(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "craving": "3"})
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "craving": "5"})
    assert TaperCheckIn.objects.filter(owner=owner, day=today).count() == 2
    page = owner_client.get("/taper/history/").content.decode()
    checkins = page[page.index("<h2>Check-ins</h2>") :]
    day = date_format(today, "DATE_FORMAT")
    assert checkins.count(f'<td class="nowrap">{day}</td>') == 1  # one row per day
    assert "<td>5</td>" in checkins and "<td>3</td>" not in checkins  # the newest counts


def test_future_checkin_refused(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    tomorrow = today + dt.timedelta(days=1)
    response = owner_client.post("/taper/checkin/", {"day": tomorrow.isoformat(), "craving": "3"})
    assert response.status_code == 400
    assert not TaperCheckIn.objects.filter(owner=owner).exists()


def test_bad_threshold_refused(owner_client, owner, owner_plan) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(
        "/taper/thresholds/", {"withdrawal_scale": "rating", "hold_withdrawal": "30"}
    )
    assert response.status_code == 400
    assert not TaperPreferences.objects.filter(owner=owner).exists()


def test_edit_and_restart_keep_history(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    form = owner_client.get("/taper/edit/").content.decode()
    assert 'value="8' in form
    owner_client.post("/taper/edit/", plan_data(percent=5))
    owner_client.post("/taper/restart/", plan_data(amount=6))
    plans = list(TaperPlan.objects.filter(owner=owner).order_by("pk"))
    assert [p.status for p in plans] == ["replaced", "replaced", "active"]
    assert [p.change for p in plans] == ["new", "edit", "restart"]
    assert plans[2].replaces == plans[1] and plans[1].replaces == plans[0]
    history = owner_client.get("/taper/history/").content.decode()
    for plan in plans:
        assert f"/taper/{plan.pk}/" in history
    old = owner_client.get(f"/taper/{plans[0].pk}/").content.decode()
    assert "earlier version" in old


def test_print_view(owner_client, owner_plan) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get(f"/taper/{owner_plan.pk}/print/").content.decode()
    assert "taper/taper.css" in page and "<svg" in page and "7.25" in page


def test_ics_download(owner_client, owner_plan) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.get(f"/taper/{owner_plan.pk}/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    cal = icalendar.Calendar.from_ical(response.content)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert events and events[0].decoded("dtstart") == owner_plan.start
    assert "8 g" in str(events[0]["summary"])


def test_journal_prefills_amount_taken(owner_client, owner, owner_plan) -> None:  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from kratomwise.web.journal.models import Entry

    now = timezone.now()
    Entry.objects.create(owner=owner, taken_at=now, amount=Decimal("3"), unit="g")
    Entry.objects.create(owner=owner, taken_at=now, amount=Decimal("4.5"), unit="g")
    Entry.objects.create(owner=owner, taken_at=now, amount=Decimal("2"), unit="capsule")
    page = owner_client.get("/taper/").content.decode()
    assert 'name="amount_taken" value="7.5"' in page


@pytest.mark.parametrize("who", ["member", "outsider"])
def test_other_people_get_404(request, owner_plan, who) -> None:  # type: ignore[no-untyped-def]
    other = request.getfixturevalue(f"{who}_client")
    pk = owner_plan.pk
    for url in (f"/taper/{pk}/print/", f"/taper/{pk}/calendar.ics"):
        assert other.get(url).status_code == 404
    old = TaperPlan.objects.get(pk=pk)
    old.status = "replaced"
    old.save()
    assert other.get(f"/taper/{pk}/").status_code == 404
    old.status = "active"
    old.save()
    assert other.post(f"/taper/{pk}/override/", {"due": "2026-01-08"}).status_code == 404
    page = other.get("/taper/").content.decode()
    assert "Plan a gradual taper" in page  # they see their own (empty) taper, not the owner's


def test_checkins_are_private(owner_client, member_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "craving": "9"})
    member_client.post("/taper/new/", plan_data())
    page = member_client.get("/taper/history/").content.decode()
    assert "No check-ins yet" in page
