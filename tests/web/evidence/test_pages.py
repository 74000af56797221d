from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_index_lists_and_searches(client) -> None:
    page = client.get("/evidence/").content.decode()
    assert "Search the facts" in page and "DEP-08" in page
    found = client.get("/evidence/", {"q": "withdrawal frequency"}).content.decode()
    results = found[found.index('class="result-list"') :]
    assert 'href="/evidence/DEP-08/"' in results[: results.index("</li>")]


def test_filters(client) -> None:
    page = client.get("/evidence/", {"type": "animal"}).content.decode()
    assert "PHA-03" in page and "DEP-08" not in page
    page = client.get("/evidence/", {"topic": "dependence"}).content.decode()
    assert "DEP-08" in page and "PHA-03" not in page


def test_htmx_request_gets_only_the_results(client) -> None:
    partial = client.get("/evidence/", {"q": "liver"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and "result-list" in partial


def test_detail_page(client) -> None:
    page = client.get("/evidence/DEP-08/").content.decode()
    assert "Type of evidence" in page and "Related facts" in page
    assert 'href="https://' in page  # sources are links


def test_seller_sources_are_never_links(client, monkeypatch: pytest.MonkeyPatch) -> None:
    from kratomwise.knowledge import all_facts

    # The packaged facts cite publishers; pretend one of their hosts sells kratom.
    monkeypatch.setattr("kratomwise.knowledge.facts.is_commercial", lambda url: "hhs.gov" in url)
    assert any(s.commercial for f in all_facts() for s in f.sources)
    for fact in all_facts():
        for source in fact.sources:
            if source.commercial:
                page = client.get(f"/evidence/{fact.id}/").content.decode()
                assert source.url not in page


def test_unknown_fact_is_404(client) -> None:
    assert client.get("/evidence/NOPE-1/").status_code == 404
