"""Taper pages: plan, daily check-in, thresholds, holds with override, print, calendar."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kratomwise import taper as core
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.programs.owned import owned_or_404
from kratomwise.web.taper import chart, services, signals
from kratomwise.web.taper.forms import CheckInForm, PlanForm, PreferencesForm
from kratomwise.web.taper.models import TaperCheckIn, TaperPlan, TaperPreferences


def _plan_for(request: AuthedHttpRequest, pk: int) -> TaperPlan:
    return owned_or_404(request, TaperPlan, pk=pk)


def step_rows(view: services.PlanView) -> list[dict[str, Any]]:
    return [
        {
            "start": s.start,
            "end": s.end,
            "amount": core.format_amount(s.daily_amount),
            "held": s.status is core.StepStatus.HELD,
            "reason": s.reason,
            "fact_ids": list(s.fact_ids),
            "current": s.contains(view.today),
        }
        for s in view.plan.steps
    ]


def _amount(value: Any) -> str | None:
    return None if value is None else core.format_amount(value)


def _page_context(request: AuthedHttpRequest, record: TaperPlan) -> dict[str, Any]:
    view = services.build_view(record, request.user)
    prefs = services.preferences(request.user)
    today = view.today
    todays = next((r for r in view.rows if r.day == today), None)
    initial: dict[str, Any] = {"day": today}
    if todays is not None:
        initial.update(
            amount_taken=_amount(todays.amount_taken),
            craving=todays.craving,
            pause=todays.pause,
            symptoms=todays.symptoms,
            withdrawal=todays.withdrawal
            if todays.withdrawal_scale == prefs.withdrawal_scale
            else None,
        )
        if todays.sows_answers:
            initial.update(todays.sows_answers)
    if initial.get("amount_taken") is None:
        initial["amount_taken"] = signals.journal_amount(
            request.user, record.unit, today, seven_oh=record.seven_oh
        )
    return {
        "view": view,
        "record": record,
        "is_active": record.status == TaperPlan.ACTIVE,
        "chart": chart.render(view.plan, view.checkins, today),
        "checkin_form": CheckInForm(initial=initial, scale=prefs.withdrawal_scale),
        "prefs_form": PreferencesForm(instance=prefs),
        "prefs": prefs,
        "no_rate": core.no_kratom_rate_statement(),
        "steps": step_rows(view),
        "target": _amount(view.target),
        "next_amount": _amount(view.next_change.daily_amount if view.next_change else None),
    }


@login_required
def index(request: AuthedHttpRequest) -> HttpResponse:
    record = services.active_plan(request.user)
    if record is None:
        return render(
            request,
            "taper/start.html",
            {
                "form": PlanForm(),
                "no_rate": core.no_kratom_rate_statement(),
                "history": TaperPlan.objects.filter(owner=request.user).exists(),
            },
        )
    return render(request, "taper/index.html", _page_context(request, record))


@login_required
def detail(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    record = _plan_for(request, pk)
    if record.status == TaperPlan.ACTIVE:
        return redirect("taper:index")
    return render(request, "taper/index.html", _page_context(request, record))


def _plan_values(form: PlanForm) -> dict[str, Any]:
    return {name: form.cleaned_data[name] for name in PlanForm.Meta.fields}


@login_required
def new(request: AuthedHttpRequest) -> HttpResponse:
    return _plan_form(request, change="new", initial={})


@login_required
def edit(request: AuthedHttpRequest) -> HttpResponse:
    record = services.active_plan(request.user)
    if record is None:
        return redirect("taper:index")
    initial = {name: getattr(record, name) for name in PlanForm.Meta.fields}
    return _plan_form(request, change="edit", initial=initial, record=record)


@login_required
def restart(request: AuthedHttpRequest) -> HttpResponse:
    record = services.active_plan(request.user)
    if record is None:
        return redirect("taper:index")
    view = services.build_view(record, request.user)
    initial = {name: getattr(record, name) for name in PlanForm.Meta.fields}
    initial["start"] = view.today
    if view.target:
        initial["amount"] = view.target
    return _plan_form(request, change="restart", initial=initial, record=record)


def _plan_form(
    request: AuthedHttpRequest,
    change: str,
    initial: dict[str, Any],
    record: TaperPlan | None = None,
) -> HttpResponse:
    if request.method == "POST":
        form = PlanForm(request.POST)
        if form.is_valid():
            services.save_plan(request.user, _plan_values(form), change)
            messages.success(
                request, _("Your plan is saved. Earlier versions stay in the history.")
            )
            return redirect("taper:index")
    else:
        form = PlanForm(initial=initial)
    return render(
        request,
        "taper/plan_form.html",
        {
            "form": form,
            "change": change,
            "record": record,
            "no_rate": core.no_kratom_rate_statement(),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def checkin(request: AuthedHttpRequest) -> HttpResponse:
    record = services.active_plan(request.user)
    if record is None:
        raise Http404
    prefs = services.preferences(request.user)
    form = CheckInForm(request.POST, scale=prefs.withdrawal_scale)
    if not form.is_valid():
        context = _page_context(request, record)
        context["checkin_form"] = form
        return render(request, "taper/index.html", context, status=400)
    services.save_checkin(request.user, record, prefs, form.cleaned_data)
    messages.success(request, _("Check-in saved."))
    return redirect("taper:index")


@login_required
@require_POST
def thresholds(request: AuthedHttpRequest) -> HttpResponse:
    prefs = TaperPreferences.objects.filter(owner=request.user).first() or TaperPreferences(
        owner=request.user
    )
    form = PreferencesForm(request.POST, instance=prefs)
    if not form.is_valid():
        record = services.active_plan(request.user)
        if record is None:
            raise Http404
        context = _page_context(request, record)
        context["prefs_form"] = form
        return render(request, "taper/index.html", context, status=400)
    with transaction.atomic():
        form.save()
    messages.success(request, _("Your personal thresholds are saved."))
    return redirect("taper:index")


@login_required
@require_POST
def override(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    record = _plan_for(request, pk)
    if record.status != TaperPlan.ACTIVE:
        raise Http404
    try:
        due = dt.date.fromisoformat(request.POST.get("due", ""))
    except ValueError:
        raise Http404 from None
    view = services.build_view(record, request.user)
    held = next(
        (s for s in view.plan.steps if s.start == due and s.status is core.StepStatus.HELD), None
    )
    # Care-first holds (urgent or emergency symptoms, thoughts of self-harm) cannot be skipped.
    if held is None or any(r.care_first for r in held.reasons):
        raise Http404
    services.add_override(record, due)
    messages.success(request, _("You chose to continue: the step goes ahead as planned."))
    return redirect("taper:index")


@login_required
def printable(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    record = _plan_for(request, pk)
    view = services.build_view(record, request.user)
    return render(
        request,
        "taper/print.html",
        {
            "view": view,
            "record": record,
            "steps": step_rows(view),
            "target": _amount(view.target),
            "chart": chart.render(view.plan, view.checkins, view.today),
            "no_rate": core.no_kratom_rate_statement(),
        },
    )


@login_required
def calendar(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    record = _plan_for(request, pk)
    view = services.build_view(record, request.user)
    data = core.to_ical(view.plan, uid_prefix=f"taper-{record.pk}", stamp=timezone.now())
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="taper-plan-{record.pk}.ics"'
    return response


HISTORY_DAYS = 200


def _row_amount(row: TaperCheckIn) -> str | None:
    if row.amount_taken is None:
        return None
    return core.format_quantity(Decimal(row.amount_taken), core.Unit(row.unit))


@login_required
def history(request: AuthedHttpRequest) -> HttpResponse:
    plans = [
        {
            "record": plan,
            "amount": core.format_quantity(Decimal(plan.amount), core.Unit(plan.unit)),
            "every": core.every_days(plan.every_days),
        }
        for plan in TaperPlan.objects.filter(owner=request.user)
    ]
    # One row per day: a check-in edited later adds a row, and the newest one counts.
    latest = list(reversed(services.latest_rows(request.user)))[:HISTORY_DAYS]
    rows = [{"row": row, "amount": _row_amount(row)} for row in latest]
    return render(request, "taper/history.html", {"plans": plans, "rows": rows})
