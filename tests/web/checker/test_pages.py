"""/check/: paste or upload, see each claim graded; links shown as plain text only."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db

TEXT = (
    "Kratom is not addictive. Kratom cures cancer. Kratom can cause dependence.\n\n"
    "Get yours at https://shop.example.com/kratom?ref=me today."
)


def test_form_is_public(client) -> None:
    page = client.get("/check/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="text"' in html and 'type="file"' in html


def test_pasted_text_is_graded(client) -> None:
    html = client.post("/check/", {"text": TEXT, "input_format": "auto"}).content.decode()
    assert 'class="claim contradicted"' in html and 'class="claim supported"' in html
    assert 'class="claim unsupported"' in html
    assert 'href="/evidence/DEP-04/"' in html  # facts link to the evidence pages
    assert "disease claim" in html
    summary = html[html.index('id="summary"') :]
    assert "<strong>3</strong>" in summary  # three claims


def test_links_are_never_clickable(client) -> None:
    html = client.post("/check/", {"text": TEXT}).content.decode()
    assert "https://shop.example.com/kratom?ref=me" in html
    assert not re.search(r'href="https?://shop\.example\.com', html)
    assert 'id="links"' in html


def test_upload_markdown_and_html(client) -> None:
    md = SimpleUploadedFile("page.md", b"# Kratom\n\n- Kratom cures anxiety\n", "text/markdown")
    html = client.post("/check/", {"upload": md}).content.decode()
    assert "Kratom cures anxiety" in html and "<h3>" in html
    page = (
        b"<html><body><article><p>Kratom is completely safe for everyone who uses it daily.</p>"
        b"<p>Some more words so that this paragraph is part of the main text of the page.</p>"
        b"</article></body></html>"
    )
    upload = SimpleUploadedFile("page.html", page, "text/html")
    html = client.post("/check/", {"upload": upload}).content.decode()
    assert 'class="claim contradicted"' in html and "&lt;p&gt;" not in html


@pytest.mark.parametrize(
    "data",
    [
        {"text": ""},
        {"text": "   "},
        {"upload": SimpleUploadedFile("x.pdf", b"%PDF-1.4", "application/pdf")},
        {"upload": SimpleUploadedFile("x.txt", b"\x00\x01binary", "text/plain")},
    ],
)
def test_bad_input_gets_a_clear_error(client, data) -> None:
    response = client.post("/check/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html or "errorlist" in html
    assert 'id="summary"' not in html


def test_no_url_field(client) -> None:
    html = client.get("/check/").content.decode()
    assert 'type="url"' not in html and 'name="url"' not in html


def test_text_over_the_shared_limit_is_refused_never_cut(client) -> None:
    from kratomwise.claims import MAX_CHARS

    long_text = ("Kratom is a tree. " * (MAX_CHARS // 18 + 2))[: MAX_CHARS + 1]
    for data in (
        {"text": long_text},
        {"upload": SimpleUploadedFile("x.txt", long_text.encode(), "text/plain")},
    ):
        html = client.post("/check/", data).content.decode()
        assert "errorlist" in html
        assert 'id="summary"' not in html
