"""Public pages: fragments cached per data version, 304 Not Modified for anonymous repeats."""

from __future__ import annotations

import re

import pytest

from kratomwise.web.core.cache import data_version

PUBLIC = ["/evidence/", "/evidence/DEP-08/", "/law/", "/law/US-CO:denver/"]


def test_data_version_is_a_stable_fingerprint() -> None:
    assert len(data_version()) == 16
    assert data_version() == data_version()


@pytest.mark.parametrize("url", PUBLIC)
def test_anonymous_repeat_gets_304(client, url: str) -> None:
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_etag_differs_by_query(client) -> None:
    liver = client.get("/evidence/", {"q": "liver"})["ETag"]
    assert client.get("/evidence/", {"q": "withdrawal"})["ETag"] != liver
    assert client.get("/evidence/", {"q": "liver"})["ETag"] == liver


def _search(client, query: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get("/evidence/", {"q": query}).content.decode()
    # The language switcher's CSRF token is masked afresh on every response.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page)


def test_cached_fragment_follows_the_query(client) -> None:
    liver = _search(client, "liver")
    assert liver != _search(client, "seizure")
    assert _search(client, "liver") == liver


@pytest.mark.parametrize("url", PUBLIC)
def test_signed_in_pages_get_no_etag(member_client, url: str) -> None:
    response = member_client.get(url)
    assert response.status_code == 200
    assert not response.has_header("ETag")
    assert response["Cache-Control"] == "private, no-store"


def test_footer_names_the_number_of_the_browsers_region(client) -> None:
    us = client.get("/about/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert "In an emergency, call 911 now." in us
    th = client.get("/about/", HTTP_ACCEPT_LANGUAGE="en-TH").content.decode()
    assert "In an emergency, call 1669 now." in th
    plain = client.get("/about/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "call your local emergency number now" in plain


def test_footer_follows_the_country_the_page_shows(client) -> None:
    page = client.get("/help/", {"country": "TH"}, HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert "In an emergency, call 1669 now." in page and "call 911 now" not in page
