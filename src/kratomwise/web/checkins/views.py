"""Check-ins: fill an instrument, see the result (safety first), history and FHIR export."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kratomwise.assess import (
    INSTRUMENTS,
    Instrument,
    change_from_previous,
    safety_item_positive,
)
from kratomwise.knowledge import resources as res
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.checkins import fhir, services
from kratomwise.web.checkins.charts import trend_svg
from kratomwise.web.checkins.forms import InstrumentForm
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.help.country import resolve_country
from kratomwise.web.programs.owned import owned_or_404

ORDER = ("phq9", "gad7", "sows", "craving", "dsm5", "cows")


def _instrument(key: str) -> Instrument:
    if key not in INSTRUMENTS:
        raise Http404
    return INSTRUMENTS[key]


@login_required
def index(request: AuthedHttpRequest) -> HttpResponse:
    mine = InstrumentResponse.objects.filter(owner=request.user)
    cards = []
    for key in ORDER:
        inst = INSTRUMENTS[key]
        latest = mine.filter(instrument=key).first()
        cards.append({"inst": inst, "latest": latest, "count": mine.filter(instrument=key).count()})
    return render(request, "checkins/index.html", {"cards": cards})


def _safety_context(request: HttpRequest) -> dict[str, Any]:
    """The crisis block: the person's country's crisis lines first, then its emergency numbers."""
    country, _how = resolve_country(request, request.GET.get("country"))
    return {"country_name": res.country_name(country), "safety_lines": res.safety_lines(country)}


@login_required
@require_http_methods(["GET", "POST"])
def take(request: AuthedHttpRequest, instrument: str) -> HttpResponse:
    inst = _instrument(instrument)
    form = InstrumentForm(inst, request.POST or None)
    context: dict[str, Any] = {"inst": inst, "form": form, "safety": False}
    if form.is_bound and not form.is_valid():
        # A positive item 9 shows the crisis lines at once, even with other answers missing.
        partial = {k: v for k, v in form.cleaned_data.items() if isinstance(v, int)}
        if safety_item_positive(inst.id, partial):
            context.update(safety=True, **_safety_context(request))
    if request.method == "POST" and form.is_valid():
        try:
            saved, _result = services.record(request.user, inst.id, form.answers())
        except ValueError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("checkins:result", pk=saved.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "checkins/take.html", context, status=status)


def _previous(response: InstrumentResponse) -> InstrumentResponse | None:
    return (
        InstrumentResponse.objects.filter(
            owner=response.owner, instrument=response.instrument, taken_at__lt=response.taken_at
        )
        .order_by("-taken_at", "-id")
        .first()
    )


@login_required
def result(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    response = owned_or_404(request, InstrumentResponse, pk=pk)
    inst = response.definition
    scored = response.rescore()
    country, _how = resolve_country(request, request.GET.get("country"))
    safety = _safety_context(request) if scored.safety_flag else {"safety_lines": []}
    previous = _previous(response)
    interpretation = scored.interpretation
    if scored.safety_flag:
        interpretation = interpretation.removeprefix(inst.safety_message).strip()
    context: dict[str, Any] = {
        "inst": inst,
        "response": response,
        "scored": scored,
        "interpretation": interpretation,
        "change": change_from_previous(response.total, previous.total if previous else None),
        "country_name": res.country_name(country),
        **safety,
        "care_lines": res.by_kind(country, res.CARE_KINDS) if scored.treatment_options else [],
        "exportable": response.instrument in fhir.EXPORTABLE,
        "answers": [
            (item, item.label_for(v) if v is not None else None)
            for item, v in zip(inst.items, response.answer_list, strict=True)
        ],
    }
    return render(request, "checkins/result.html", context)


@login_required
def history(request: AuthedHttpRequest, instrument: str) -> HttpResponse:
    inst = _instrument(instrument)
    rows = list(
        InstrumentResponse.objects.filter(owner=request.user, instrument=inst.id).order_by(
            "taken_at", "id"
        )
    )
    table = []
    for i, r in enumerate(rows):
        before = rows[i - 1].total if i else None
        table.append({"r": r, "change": change_from_previous(r.total, before)})
    cutoffs = [(b.low, str(b.label)) for b in inst.bands[1:]]
    chart = (
        trend_svg(
            [(timezone.localtime(r.taken_at), r.total) for r in rows],
            inst.max_total,
            _("%(name)s: totals over time") % {"name": inst.short_name},
            cutoffs,
        )
        if rows
        else None
    )
    context = {
        "inst": inst,
        "table": list(reversed(table)),
        "chart": chart,
        "exportable": inst.id in fhir.EXPORTABLE,
    }
    return render(request, "checkins/history.html", context)


@login_required
def export_fhir(request: AuthedHttpRequest) -> HttpResponse:
    """All of the person's PHQ-9 and GAD-7 results as one FHIR R4 collection Bundle."""
    wanted = request.GET.get("instrument", "")
    instruments = [wanted] if wanted in fhir.EXPORTABLE else list(fhir.EXPORTABLE)
    rows = InstrumentResponse.objects.filter(
        owner=request.user, instrument__in=instruments
    ).select_related("owner")
    try:
        doc = fhir.bundle(rows.order_by("taken_at", "id"))
    except (ValueError, fhir.ExportError) as exc:  # never a half-valid file
        return HttpResponse(str(exc), status=500, content_type="text/plain")
    body = json.dumps(doc, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/fhir+json")
    response["Content-Disposition"] = 'attachment; filename="kratomwise-checkins-fhir.json"'
    return response


@login_required
def export_one(request: AuthedHttpRequest, pk: int) -> HttpResponse:
    response = owned_or_404(request, InstrumentResponse, pk=pk)
    if response.instrument not in fhir.EXPORTABLE:
        raise Http404
    try:
        doc = fhir.bundle([response])
    except (ValueError, fhir.ExportError) as exc:
        return HttpResponse(str(exc), status=500, content_type="text/plain")
    return HttpResponse(
        json.dumps(doc, ensure_ascii=False, indent=2), content_type="application/fhir+json"
    )
