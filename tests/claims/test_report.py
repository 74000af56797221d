"""The report object, its JSON shape, links and the standalone HTML file."""

from __future__ import annotations

import re

from kratomwise.claims import LinkKind, check_text, classify, render_html

TEXT = (
    "Kratom is not addictive. Kratom cures cancer. Kratom can cause dependence. "
    "Buy now with code SAVE10! Visit https://shop.example.com/kratom?ref=me today."
)


def test_as_dict_is_the_cli_contract() -> None:
    report = check_text(TEXT)
    obj = report.as_dict()
    assert set(obj) == {"summary", "sentences", "links"}
    assert set(obj["summary"]) == {
        "sentences",
        "claims",
        "supported",
        "contradicted",
        "unsupported",
        "disease_claims",
    }
    for i, s in enumerate(obj["sentences"]):
        assert set(s) == {"index", "text", "verdict", "disease_claim", "fact_ids", "reason"}
        assert s["index"] == i
    summary = obj["summary"]
    assert (
        summary["claims"] == summary["supported"] + summary["contradicted"] + summary["unsupported"]
    )
    assert summary["contradicted"] == 1 and summary["supported"] == 1
    assert summary["disease_claims"] == 1
    assert {link["kind"] for link in obj["links"]} == {"affiliate", "shop"}


def test_sentence_results_carry_span_and_reason() -> None:
    report = check_text("Kratom is not addictive.")
    s = report.sentences[0]
    assert s.matched_text == "addictive"
    assert s.parts()[0] == "Kratom is not "
    assert s.reason and s.fact_ids


def test_links_are_classified() -> None:
    assert classify("https://www.amazon.com/dp/1?tag=abc-20") is LinkKind.affiliate
    assert classify("https://example.com/go/kratom") is LinkKind.affiliate
    assert classify("https://example.com/products/red-bali") is LinkKind.shop
    assert classify("https://example.com/page", "Buy here") is LinkKind.shop
    assert classify("https://www.fda.gov/news") is LinkKind.other
    assert classify("https://pubmed.ncbi.nlm.nih.gov/1/") is LinkKind.other


def test_html_report_is_standalone_and_never_links_out() -> None:
    html = render_html(check_text(TEXT))
    assert html.startswith("<!doctype html>")
    # no outside assets and no clickable outside links: every href is an in-page anchor
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', html))
    assert "https://shop.example.com/kratom?ref=me" in html  # listed as text
    assert "DEP-04" in html and "contradicted" in html


def test_empty_text_gives_an_empty_report() -> None:
    report = check_text("")
    assert report.as_dict()["summary"]["sentences"] == 0
    assert report.summary.share_supported is None
