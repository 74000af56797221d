"""/help/: red-flag triage and crisis lines (no login, works without JavaScript)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from kratomwise.assess.triage import CODES, TriageResult, UnknownCode, codes_by_group, triage
from kratomwise.knowledge import resources as res
from kratomwise.web.help.country import country_choices, resolve_country

LEVEL_NOTICE = {
    "emergency": "danger",
    "urgent": "danger",
    "see_clinician": "warning",
    "self_care": "success",
}
# Short level names for the badges beside each reason (people read labels, not codes).
LEVEL_SHORT = {
    "emergency": gettext_lazy("Emergency"),
    "urgent": gettext_lazy("Urgent"),
    "see_clinician": gettext_lazy("See a clinician"),
    "self_care": gettext_lazy("Self-care"),
}
LINE_GROUPS = {
    "crisis": gettext_lazy("Talk to someone now"),
    "emergency": gettext_lazy("Emergency number"),
    "poison": gettext_lazy("Poison control"),
}


def _line_groups(result: TriageResult) -> list[tuple[str, Any, list[res.Resource]]]:
    """The numbers to call, grouped in the order the triage result put them."""
    groups: list[tuple[str, Any, list[res.Resource]]] = []
    for r in result.resources:
        if r.kind in res.CRISIS_KINDS:
            gid = "crisis"
        elif r.kind == "poison_control":
            gid = "poison"
        elif r.kind in res.MEDICAL_EMERGENCY_KINDS:
            gid = "emergency"
        else:
            continue  # naloxone and care lines have their own sections
        if not groups or groups[-1][0] != gid:
            groups.append((gid, LINE_GROUPS[gid], []))
        groups[-1][2].append(r)
    return groups


def _lines_context(country: str | None, how: str) -> dict[str, Any]:
    return {
        "country": country or "ZZ",
        "country_name": res.country_name(country),
        "country_how": how,
        "country_choices": country_choices(),
        "emergency_lines": res.emergency_lines(country),
    }


@require_http_methods(["GET", "POST"])
def index(request: HttpRequest) -> HttpResponse:
    data = request.POST if request.method == "POST" else request.GET
    country, how = resolve_country(request, data.get("country"))
    selected = [c for c in data.getlist("codes") if c]
    context: dict[str, Any] = {
        **_lines_context(country, how),
        "selected": set(selected),
        "submitted": request.method == "POST" or "codes" in request.GET,
        "result": None,
        "error": "",
    }
    status = 200
    if context["submitted"]:
        try:
            result = triage(selected, country)
        except UnknownCode as exc:
            context["error"] = _(
                "Some answers were not recognised: %(codes)s. Please try again."
            ) % {"codes": ", ".join(exc.unknown)}
            context["selected"] = {c for c in selected if c in CODES}
            status = 400
        else:
            context["result"] = result
            context["notice"] = LEVEL_NOTICE[result.level]
            context["line_groups"] = _line_groups(result)
            context["naloxone_lines"] = [r for r in result.resources if r.kind == "naloxone_access"]
            context["care_lines"] = [r for r in result.resources if r.kind in res.CARE_KINDS]
            context["selected_labels"] = [CODES[c] for c in result.codes]
            context["reasons"] = [(rule, LEVEL_SHORT[rule.level]) for rule in result.fired_rules]
    ticked = context["selected"]
    context["groups"] = [
        (gid, label, defs, sum(d.code in ticked for d in defs))
        for gid, label, defs in codes_by_group()
    ]
    return render(request, "help/index.html", context, status=status)


def resources(request: HttpRequest) -> HttpResponse:
    country, how = resolve_country(request, request.GET.get("country"))
    rows = res.for_country(country)
    kinds = [(kind, [r for r in rows if r.kind == kind]) for kind in res.KINDS]
    context = {
        **_lines_context(country, how),
        "kinds": [(k, KIND_LABELS.get(k, k), rs) for k, rs in kinds if rs],
        "has_own_rows": res.has_country(country),
    }
    return render(request, "help/resources.html", context)


KIND_LABELS = {
    "emergency": gettext_lazy("Emergency number"),
    "ambulance": gettext_lazy("Ambulance"),
    "poison_control": gettext_lazy("Poison control"),
    "suicide_crisis": gettext_lazy("Suicide and crisis lines"),
    "mental_health_helpline": gettext_lazy("Mental health support"),
    "substance_use_helpline": gettext_lazy("Drug and alcohol help lines"),
    "treatment_locator": gettext_lazy("Find treatment"),
    "naloxone_access": gettext_lazy("Getting naloxone"),
}
