"""Law pages: search without JS, map, country list, place page, compare."""

from __future__ import annotations

import re

import pytest

from kratomwise.law import load

pytestmark = pytest.mark.django_db


def test_index_has_search_map_legend_countries_and_date(client) -> None:
    response = client.get("/law/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html and 'name="q"' in html
    assert "<svg" in html and 'class="chart-svg law-map-svg"' in html and 'role="img"' in html
    assert 'class="law-legend"' in html
    assert html.count('class="law-tile"') == 51
    assert "Thailand" in html and "Malaysia" in html
    assert load().newest_as_of.text in html
    assert 'href="/law/US-TX/"' in html


def test_no_inline_styles_or_scripts(client) -> None:
    for url in ("/law/", "/law/US-CO:denver/", "/law/compare/?from=US-CO&to=TH"):
        html = client.get(url).content.decode()
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"<script(?![^>]*\ssrc=)", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_search_redirects_to_the_place(client) -> None:
    response = client.get("/law/", {"q": "Denver"})
    assert response.status_code == 302
    assert response["Location"] == "/law/US-CO:denver/"


def test_search_ambiguous_lists_choices(client) -> None:
    response = client.get("/law/", {"q": "Carolina"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "/law/US-NC/" in html and "/law/US-SC/" in html


def test_search_not_found_suggests(client) -> None:
    response = client.get("/law/", {"q": "Texsa Stat"})
    assert response.status_code == 400
    assert "/law/US-TX/" in response.content.decode()


def test_place_page_layers_answer_and_stale_notice(client) -> None:
    response = client.get("/law/US-CO:denver/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("<h3>United States (federal)") < html.index("<h3>Colorado")
    assert html.index("<h3>Colorado") < html.index("<h3>Denver, CO")
    assert 'id="stale-notice"' in html and "Check current law" in html
    assert "7-OH products" in html
    assert "/evidence/7OH-02/" in html
    assert "westword.com" in html  # a non-seller source is linked


def test_place_page_never_shows_seller_pages(client) -> None:
    html = client.get("/law/US-AK/").content.decode()
    for host in ("kingdomkratom", "mindfulkratom"):
        assert host not in html
    assert "sellers' websites" in html
    html = client.get("/law/US-CA:san-diego/").content.decode()
    assert "newdawnkratom" not in html and "superspeciosa" not in html


def test_place_without_row_says_so(client) -> None:
    html = client.get("/law/MY-14/").content.decode()
    assert 'id="no-row-note"' in html and "Malaysia" in html


def test_codes_are_canonicalised_and_unknown_is_404(client) -> None:
    response = client.get("/law/us-tx/")
    assert response.status_code == 302 and response["Location"] == "/law/US-TX/"
    assert client.get("/law/US-ZZ/").status_code == 404
    assert client.get("/law/MX/").status_code == 404
    assert client.get("/law/Denver/").status_code == 404


def test_compare_colorado_thailand(client) -> None:
    response = client.get("/law/compare/", {"from": "US-CO", "to": "TH"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "What changes" in html
    assert "national border" in html
    assert "importing or exporting needs a licence" in html  # from Thailand's summary


def test_compare_with_names_and_errors(client) -> None:
    assert client.get("/law/compare/", {"from": "Denver", "to": "Kansas"}).status_code == 200
    response = client.get("/law/compare/", {"from": "Georgia", "to": "TH"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "(state or region, United States)" in html and "(country)" in html
    assert client.get("/law/compare/").status_code == 200


def test_signed_in_person_sees_their_country(member, member_client) -> None:
    member.country = "TH"
    member.save()
    html = member_client.get("/law/").content.decode()
    assert "Your country:" in html and 'href="/law/TH/"' in html


def test_pages_are_public(client, outsider_client) -> None:
    for c in (client, outsider_client):
        assert c.get("/law/").status_code == 200
        assert c.get("/law/TH/").status_code == 200


def test_place_page_dates_name_their_level_and_codes_are_hidden(client) -> None:
    html = client.get("/law/US-CO:denver/").content.decode()
    # Each summary date says which level it comes from, so "as of 2017" beside "since 2025"
    # is not read as one rule.
    assert "Newest rule in effect since" in html
    assert "Oldest check of these rules" in html
    assert "(Denver, CO)" in html
    assert "US-CO:denver" not in html.replace('value="US-CO:denver"', "").replace(
        "/law/US-CO:denver/", ""
    )


def test_federal_layer_shows_the_brief_and_folds_the_citations(client) -> None:
    from kratomwise.law import load

    row = load().get("US")
    assert row is not None
    html = client.get("/law/US/").content.decode()
    brief_at = html.index(row.requirements_brief[:60])
    details_at = html.index("Full details and legal citations")
    assert brief_at < details_at < html.index("21 U.S.C. 811(h)")


def test_unknown_town_lists_us_places_first(client) -> None:
    html = client.get("/law/", {"q": "Springfield"}).content.decode()
    error = html[html.index('id="search-error"') :]
    first_link = error[error.index("<li>") : error.index("</li>")]
    assert ", " in first_link  # a US town or county ("Chesterfield, MO"), not a country
    assert "follows its state" in error
