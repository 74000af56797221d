"""The page language: browser, switcher (no JavaScript), account; the core follows the page."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixture_catalogues")]

PAGES = [
    "/about/",
    "/help/",
    "/law/",
    "/evidence/",
    "/interactions/",
    "/check/",
    "/accounts/setup/",
]
THAI_HELP = "ขอความช่วยเหลือทันที"
SPANISH_HELP = "Pide ayuda ahora"


def _html(client: Client, url: str, **headers: str) -> str:
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response.content.decode()


def _lang(html: str) -> str:
    found = re.search(r'<html lang="([^"]+)">', html)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_a_switcher_that_needs_no_javascript(client: Client, url: str) -> None:
    html = _html(client, url)
    form = re.search(
        r'<form action="/i18n/setlang/" method="post" class="language-form">(.*?)</form>',
        html,
        re.S,
    )
    assert form is not None, url
    body = form.group(1)
    assert 'name="csrfmiddlewaretoken"' in body
    assert f'<input name="next" type="hidden" value="{url}">' in body
    assert re.findall(r'<option value="([a-z]+)" lang="\1"', body) == ["en", "th", "ms", "id", "es"]
    assert '<option value="th" lang="th">ไทย</option>' in body
    assert '<button type="submit"' in body
    assert not re.search(r"\son[a-z]+=", body)  # no inline event handlers
    assert "<script" not in body and "style=" not in body  # strict CSP


@pytest.mark.parametrize(
    ("header", "lang", "text"),
    [
        ("th-TH,th;q=0.9", "th", THAI_HELP),
        ("es-MX", "es", SPANISH_HELP),
        ("de", "en", "Get help now"),
    ],
)
def test_accept_language_sets_html_lang_and_the_texts(
    client: Client, header: str, lang: str, text: str
) -> None:
    html = _html(client, "/about/", accept_language=header)
    assert _lang(html) == lang
    assert f'<a class="get-help" href="/help/">{text}</a>' in html


def test_the_switcher_posts_and_redirects_back_in_the_chosen_language(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "th", "next": "/law/"})
    assert response.status_code == 302 and response["Location"] == "/law/"
    html = _html(client, "/law/", accept_language="es")  # the switcher's choice wins
    assert _lang(html) == "th"
    assert '<option value="th" lang="th" selected>' in html


def test_the_switcher_checks_csrf() -> None:
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/i18n/setlang/", {"language": "th", "next": "/"}).status_code == 403


def test_the_switcher_ignores_an_unknown_language_and_a_foreign_next(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert _lang(_html(client, "/about/")) == "en"


def test_the_account_language_wins_over_the_browser(member_client: Client, member) -> None:  # type: ignore[no-untyped-def]
    member.language = "es"
    member.save()
    html = _html(member_client, "/about/", accept_language="th")
    assert _lang(html) == "es"
    assert SPANISH_HELP in html


def test_the_switcher_saves_the_choice_on_the_account(member_client: Client, member) -> None:  # type: ignore[no-untyped-def]
    member.language = "es"
    member.save()
    member_client.post("/i18n/setlang/", {"language": "th", "next": "/about/"})
    member.refresh_from_db()
    assert member.language == "th"
    assert _lang(_html(member_client, "/about/")) == "th"


def test_settings_save_language_and_buddhist_era(member_client: Client, member) -> None:  # type: ignore[no-untyped-def]
    html = _html(member_client, "/accounts/settings/")
    assert '<select name="language"' in html and 'name="buddhist_era"' in html
    response = member_client.post(
        "/accounts/settings/",
        {"time_zone": "", "country": "TH", "language": "th", "buddhist_era": "on"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.language, member.buddhist_era) == ("th", True)
    member_client.post("/accounts/settings/", {"time_zone": "", "country": "", "language": "xx"})
    member.refresh_from_db()
    assert member.language == "th"  # an unknown language is refused, nothing changes


def test_the_core_speaks_the_page_language(member_client: Client) -> None:
    html = _html(
        member_client,
        "/help/?codes=slow_or_stopped_breathing&country=TH",
        accept_language="th",
    )
    assert "โทร 1669 ทันที และอยู่กับผู้ป่วยจนกว่าความช่วยเหลือจะมาถึง" in html
    english = _html(member_client, "/help/?codes=slow_or_stopped_breathing&country=TH")
    assert "Call 1669 now and stay with the person until help arrives." in english


@pytest.mark.parametrize(
    ("era", "language", "year"), [(True, "th", "2569"), (False, "th", "2026"), (True, "es", "2026")]
)
def test_buddhist_era_years_only_for_those_who_chose_them_on_thai_pages(
    member_client: Client,
    member,
    era: bool,
    language: str,
    year: str,  # type: ignore[no-untyped-def]
) -> None:
    member.language, member.buddhist_era = language, era
    member.save()
    html = _html(member_client, "/evidence/DEP-08/")
    found = re.search(r"\b(\d{4})\.</p>", html)
    assert found is not None and found.group(1) == year


def test_the_content_security_policy_still_allows_the_switcher(client: Client) -> None:
    response = client.get("/about/")
    policy = response["Content-Security-Policy"]
    assert "form-action 'self'" in policy
    assert "script-src 'self'" in policy


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("j F Y", r"j F \2\5\6\9"),
        ("d/m/y", r"d/m/\6\9"),
        (r"\Y\e\a\r Y", r"\Y\e\a\r \2\5\6\9"),
        ("Y-m-d", r"\2\5\6\9-m-d"),
    ],
)
def test_buddhist_format_writes_the_year_plus_543_as_literal_digits(
    fmt: str, expected: str
) -> None:
    from kratomwise.web.core.templatetags.pagelanguage import buddhist_format

    assert buddhist_format(fmt, 2026) == expected


def test_taper_and_journal_dates_follow_the_era() -> None:
    import datetime as dt

    from django.utils import translation

    from kratomwise.web.core import language
    from kratomwise.web.journal.services import page_date
    from kratomwise.web.taper.services import show_date

    day = dt.date(2026, 12, 3)
    with translation.override("th"):
        assert show_date(day).endswith(" 2026") and page_date(day).endswith(" 2026")
        token = language._buddhist_era.set(True)
        try:
            assert show_date(day).endswith(" 2569") and page_date(day).endswith(" 2569")
        finally:
            language._buddhist_era.reset(token)
    with translation.override("en"):
        assert show_date(day) == "Dec. 3, 2026"


def test_in_english_marks_escaped_text() -> None:
    from kratomwise.web.core.templatetags.pagelanguage import in_english

    assert in_english("Smith <J> et al.") == '<span lang="en">Smith &lt;J&gt; et al.</span>'
