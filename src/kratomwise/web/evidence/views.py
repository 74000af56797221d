from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from kratomwise.i18n import _
from kratomwise.knowledge import (
    EVIDENCE_TYPES,
    UnknownFact,
    get_fact,
    related,
    search,
    topic_label,
    topics,
)
from kratomwise.web.core.cache import public_page


@public_page
def index(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    topic = request.GET.get("topic", "")
    evidence_type = request.GET.get("type", "")
    if topic not in topics():
        topic = ""
    if evidence_type not in EVIDENCE_TYPES:
        evidence_type = ""
    hits = search(query, limit=None, topic=topic or None, evidence_type=evidence_type or None)
    context = {
        "query": query,
        "topic": topic,
        "evidence_type": evidence_type,
        "hits": hits,
        "topics": [(t, topic_label(t)) for t in topics()],
        "evidence_types": [(key, _(label)) for key, (label, _text) in EVIDENCE_TYPES.items()],
    }
    # htmx live search swaps only the results list.
    template = (
        "evidence/_results.html" if request.headers.get("HX-Request") else "evidence/index.html"
    )
    return render(request, template, context)


@public_page
def detail(request: HttpRequest, fact_id: str) -> HttpResponse:
    try:
        fact = get_fact(fact_id)
    except UnknownFact:
        raise Http404 from None
    return render(request, "evidence/detail.html", {"fact": fact, "related": related(fact)})
