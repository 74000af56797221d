"""POST /api/check returns the same object as the CLI's JSON."""

from __future__ import annotations

import json

import pytest

from kratomwise.claims import check_text

pytestmark = pytest.mark.django_db

TEXT = "Kratom is not addictive. Kratom cures cancer. Buy now with code SAVE10!"


def _post(client, body):
    return client.post("/api/check", data=json.dumps(body), content_type="application/json")


def test_check_returns_the_cli_object(client) -> None:
    response = _post(client, {"text": TEXT, "format": "text"})
    assert response.status_code == 200
    body = response.json()
    assert body == check_text(TEXT).as_dict()
    assert set(body) == {"summary", "sentences", "links"}
    assert body["summary"]["contradicted"] == 1
    assert body["summary"]["disease_claims"] == 1
    first = body["sentences"][0]
    assert set(first) == {"index", "text", "verdict", "disease_claim", "fact_ids", "reason"}
    assert first["verdict"] == "contradicted"


def test_html_input_lists_links_without_fetching(client) -> None:
    html = (
        "<html><body><article><p>Kratom is completely safe for everyone who tries it today.</p>"
        '<p>Read <a href="https://shop.example.com/products/x?ref=abc">our partner</a> '
        "for details on this natural product from Southeast Asia.</p></article></body></html>"
    )
    body = _post(client, {"text": html, "format": "html"}).json()
    kinds = {link["url"]: link["kind"] for link in body["links"]}
    assert kinds["https://shop.example.com/products/x?ref=abc"] == "affiliate"


@pytest.mark.parametrize(
    "body",
    [{"text": "x", "format": "pdf"}, {"format": "text"}, {"text": 5}],
)
def test_bad_input_is_422(client, body) -> None:
    assert _post(client, body).status_code == 422


def test_text_over_the_shared_limit_is_refused(client) -> None:
    from kratomwise.claims import MAX_CHARS

    response = _post(client, {"text": "a" * (MAX_CHARS + 1)})
    assert response.status_code == 422
    assert str(MAX_CHARS)[:3] in response.json()["detail"]
    assert _post(client, {"text": "Kratom is a tree. " + "a" * 10}).status_code == 200
