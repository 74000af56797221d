"""Law pages: search and US map, one place with its layers, and travel comparison."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from kratomwise.law import (
    SEVEN_OH_FACT_IDS,
    AmbiguousPlace,
    Answer,
    Candidate,
    Level,
    PlaceNotFound,
    load,
    lookup,
    lookup_code,
)
from kratomwise.law.places import country_name
from kratomwise.web.core.cache import public_page
from kratomwise.web.law.compare import compare_answers
from kratomwise.web.law.usmap import legend_items, render_swatch, render_us_map

MAX_QUERY = 120
LEVEL_LABELS = {
    Level.country: _lazy("country"),
    Level.state: _lazy("state or region"),
    Level.county: _lazy("county"),
    Level.city: _lazy("city"),
}


def _data_context() -> dict[str, object]:
    return {"data_as_of": load().newest_as_of.text}


def _layer_views(answer: Answer) -> list[dict[str, object]]:
    return [
        {
            "row": row,
            "level_label": LEVEL_LABELS[row.level],
            "stale": answer.layer_is_stale(row),
            "seller_only": row.has_seller_source and not row.public_sources,
        }
        for row in answer.layers
    ]


def _resolve(query: str) -> tuple[Answer | None, str, list[dict[str, object]]]:
    """(answer, error message, candidates or suggestions) for a search box value."""
    try:
        return lookup(query), "", []
    except AmbiguousPlace as exc:
        return (
            None,
            _("“%(q)s” could mean several places. Choose one:") % {"q": query},
            _choice_views(exc.candidates),
        )
    except PlaceNotFound as exc:
        message = exc.reason or _("No place matches “%(q)s”.") % {"q": query}
        return None, message, _choice_views(exc.suggestions)


def _choice_views(candidates: Iterable[Candidate]) -> list[dict[str, object]]:
    """Candidates with a readable "where" (level and country) instead of their code."""
    views: list[dict[str, object]] = []
    for candidate in candidates:
        where = str(LEVEL_LABELS[candidate.level])
        if candidate.level is not Level.country:
            where = f"{where}, {country_name(candidate.code[:2])}"
        views.append(
            {
                "code": candidate.code,
                "name": candidate.name,
                "where": where,
                "has_data": candidate.has_data,
            }
        )
    return views


@public_page
def index(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    error = ""
    choices: list[dict[str, object]] = []
    if query:
        answer, error, choices = _resolve(query)
        if answer is not None:
            return redirect("law:detail", code=answer.code)
    data = load()
    states = {row.code[3:]: row for row in data.rows if row.level is Level.state}
    countries = sorted(
        (row for row in data.rows if row.level is Level.country), key=lambda row: row.shown_name
    )
    local = sorted(
        (row for row in data.rows if row.level in (Level.city, Level.county)),
        key=lambda row: (row.code.split(":")[0], row.name),
    )
    legend = [(key, label, render_swatch(key)) for key, label, _s in legend_items()]
    user = getattr(request, "user", None)
    home = getattr(user, "country", "") if user and user.is_authenticated else ""
    context = {
        **_data_context(),
        "query": query,
        "error": error,
        "choices": choices,
        # Called by the template only when its cached fragment is missing.
        "us_map": lambda: render_us_map(states),
        "legend": legend,
        "states": sorted(states.values(), key=lambda row: row.name),
        "countries": countries,
        "local_rows": local,
        "home": data.get(home) if home else None,
    }
    return render(request, "law/index.html", context, status=400 if error else 200)


@public_page
def detail(request: HttpRequest, code: str) -> HttpResponse:
    try:
        answer = lookup_code(code, today=date.today())
    except PlaceNotFound:
        raise Http404 from None
    if answer.code != code:
        return redirect("law:detail", code=answer.code)
    no_row_note = answer.notes[0] if not answer.own_row and answer.notes else ""
    context = {
        **_data_context(),
        "answer": answer,
        "layers": _layer_views(answer),
        "seven_oh_fact_ids": list(SEVEN_OH_FACT_IDS),
        "no_row_note": no_row_note,
        "other_notes": list(answer.status_notes[1:] if no_row_note else answer.status_notes),
    }
    return render(request, "law/detail.html", context)


@public_page
def compare(request: HttpRequest) -> HttpResponse:
    values = {
        "from": request.GET.get("from", "").strip()[:MAX_QUERY],
        "to": request.GET.get("to", "").strip()[:MAX_QUERY],
    }
    answers: dict[str, Answer] = {}
    problems: list[dict[str, object]] = []
    for side, query in values.items():
        if not query:
            continue
        answer, error, choices = _resolve(query)
        if answer is None:
            problems.append({"side": side, "message": error, "choices": choices})
        else:
            answers[side] = answer
    comparison = None
    if "from" in answers and "to" in answers:
        comparison = compare_answers(answers["from"], answers["to"])
    context = {
        **_data_context(),
        "values": values,
        "problems": problems,
        "origin": answers.get("from"),
        "destination": answers.get("to"),
        "comparison": comparison,
        "compare_url": reverse("law:compare"),
        "seven_oh_fact_ids": list(SEVEN_OH_FACT_IDS),
    }
    return render(request, "law/compare.html", context, status=400 if problems else 200)
