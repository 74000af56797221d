"""/check/: paste a text or upload a file; see each claim graded against the evidence."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from kratomwise.web.checker.forms import CheckForm


def _document(report: Any) -> list[dict[str, Any]]:
    """Blocks of the document with their sentences, ready for the template."""
    blocks = []
    for block in report.blocks:
        blocks.append(
            {"kind": block.kind, "sentences": [report.sentences[i] for i in block.sentence_indices]}
        )
    return blocks


def index(request: HttpRequest) -> HttpResponse:
    context: dict[str, Any] = {}
    if request.method == "POST":
        form = CheckForm(request.POST, request.FILES)
        if form.is_valid():
            from kratomwise.claims import check_text

            text, fmt = form.document()
            report = check_text(text, fmt=fmt)
            share = report.summary.share_supported
            context.update(
                report=report,
                summary=report.summary,
                share_percent=None if share is None else round(share * 100),
                blocks=_document(report),
                claims=[s for s in report.sentences if s.is_claim],
                input_format=fmt,
            )
    else:
        form = CheckForm()
    context["form"] = form
    return render(request, "checker/index.html", context, status=200)
