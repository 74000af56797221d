"""A standalone HTML report (one file, no outside assets, links shown as plain text)."""

from __future__ import annotations

from html import escape

from kratomwise.claims.model import Report, SentenceResult, Verdict
from kratomwise.i18n import _, get_language
from kratomwise.knowledge import get_fact, has_fact

_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:48rem;
padding:1rem;color:#1a1a1a;background:#fff}
h1,h2{line-height:1.2}.muted{color:#555}.summary{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;
list-style:none}.summary li{border:1px solid #ccc;border-radius:.4rem;padding:.4rem .7rem}
.s{border-radius:.2rem;padding:0 .1rem}.supported{background:#d8f0dc}
.contradicted{background:#f8d7d5}.unsupported{background:#fdf0c4}.not_a_claim{background:none}
.badge{font-size:.8rem;font-weight:600;border:1px solid #888;border-radius:.3rem;padding:0 .3rem}
.disease{border-color:#8a1c1c;color:#8a1c1c}ol.claims>li{margin:.6rem 0}code{word-break:break-all}
mark{background:none;text-decoration:underline;text-decoration-thickness:2px}
.doc p,.doc li{margin:.4rem 0}
"""

LABELS = {
    Verdict.supported: "supported",
    Verdict.contradicted: "contradicted",
    Verdict.unsupported: "unsupported",
    Verdict.not_a_claim: "not a claim",
}


def _label(verdict: Verdict) -> str:
    return _(LABELS[verdict])


def _sentence(s: SentenceResult) -> str:
    if not s.is_claim:
        return escape(s.text)
    before, match, after = s.parts()
    body = escape(before) + (f"<mark>{escape(match)}</mark>" if match else "") + escape(after)
    title = escape(f"{_label(s.verdict)}: {s.reason}", quote=True)
    return (
        f'<span class="s {s.verdict.value}" id="s{s.index}" title="{title}">{body}</span>'
        f'<sup><a href="#c{s.index}">{s.index + 1}</a></sup>'
    )


def _document(report: Report) -> str:
    out: list[str] = []
    items: list[str] = []
    for block in report.blocks or ():
        text = " ".join(_sentence(report.sentences[i]) for i in block.sentence_indices)
        if block.kind == "item":
            items.append(f"<li>{text}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(f"<h3>{text}</h3>" if block.kind == "heading" else f"<p>{text}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    if not report.blocks:
        out.append("<p>" + " ".join(_sentence(s) for s in report.sentences) + "</p>")
    return "\n".join(out)


def render_html(report: Report, title: str | None = None) -> str:
    """The whole report as one HTML page."""
    title = title or _("Claim check report")
    summary = report.summary
    share = summary.share_supported
    share_text = "-" if share is None else f"{round(share * 100)}%"
    parts = [
        "<!doctype html>",
        f'<html lang="{get_language()}"><head><meta charset="utf-8">',  # the report's language
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        "<p class='muted'>"
        + escape(
            _(
                "Each claim is checked against the kratomwise evidence base. A verdict "
                "says what the cited facts show; it is not medical advice."
            )
        )
        + "</p>",
        f"<h2>{escape(_('Summary'))}</h2><ul class='summary'>",
        f"<li>{escape(_('Sentences'))}: <strong>{summary.sentences}</strong></li>",
        f"<li>{escape(_('Claims'))}: <strong>{summary.claims}</strong></li>",
        f"<li class='supported'>{escape(_('Supported'))}: "
        f"<strong>{summary.supported}</strong></li>",
        f"<li class='contradicted'>{escape(_('Contradicted'))}: "
        f"<strong>{summary.contradicted}</strong></li>",
        f"<li class='unsupported'>{escape(_('Unsupported'))}: "
        f"<strong>{summary.unsupported}</strong></li>",
        f"<li>{escape(_('Disease claims'))}: <strong>{summary.disease_claims}</strong></li>",
        f"<li>{escape(_('Share of claims supported'))}: <strong>{share_text}</strong></li></ul>",
        f"<h2>{escape(_('The document'))}</h2><div class='doc'>{_document(report)}</div>",
        f"<h2>{escape(_('Claims and reasons'))}</h2><ol class='claims'>",
    ]
    for s in report.sentences:
        if not s.is_claim:
            continue
        facts = ", ".join(
            f'<a href="#fact-{escape(f)}">{escape(f)}</a>' for f in s.fact_ids if has_fact(f)
        )
        disease = (
            f" <span class='badge disease'>{escape(_('disease claim'))}</span>"
            if s.disease_claim
            else ""
        )
        parts.append(
            f"<li id='c{s.index}' value='{s.index + 1}'><span class='badge {s.verdict.value}'>"
            f"{escape(_label(s.verdict))}</span>{disease} {escape(s.text)}"
            f"<br><span class='muted'>{escape(s.reason)}</span>"
            + (f"<br>{escape(_('Facts'))}: {facts}" if facts else "")
            + "</li>"
        )
    parts.append("</ol>")
    parts.append(f"<h2>{escape(_('Links and calls to purchase'))}</h2>")
    if report.links:
        parts.append("<p class='muted'>" + escape(_("Shown as plain text, never as links.")))
        parts.append("</p><ul>")
        for link in report.links:
            parts.append(
                f"<li><span class='badge'>{escape(link.kind.value)}</span> "
                f"{escape(link.text)} <code>{escape(link.url)}</code></li>"
            )
        parts.append("</ul>")
    else:
        parts.append(f"<p>{escape(_('None found.'))}</p>")
    cited = report.fact_ids
    if cited:
        parts.append(f"<h2>{escape(_('Facts cited'))}</h2><dl>")
        for fact_id in cited:
            if not has_fact(fact_id):
                continue
            fact = get_fact(fact_id)
            parts.append(
                f"<dt id='fact-{escape(fact.id)}'><strong>{escape(fact.id)}</strong> "
                f"<span class='muted'>({escape(fact.evidence_label)})</span></dt>"
                f"<dd>{escape(fact.statement)}<br><span class='muted'>"
                + escape("; ".join(src.citation for src in fact.sources))
                + "</span></dd>"
            )
        parts.append("</dl>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
