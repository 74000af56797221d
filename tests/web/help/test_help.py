"""/help/ triage page and /help/resources/."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def _text(response) -> str:  # type: ignore[no-untyped-def]
    return response.content.decode()


def test_help_is_public_and_shows_emergency_lines_first(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/help/", {"country": "US"})
    assert response.status_code == 200
    html = _text(response)
    # the heading first, then the emergency lines, then the form
    assert html.index("<h1>") < html.index('id="emergency-lines"') < html.index('id="triage-form"')
    assert 'href="tel:911"' in html and 'href="tel:18002221222"' in html
    assert html.index("tel:911") < html.index("tel:18002221222")


def test_every_code_has_a_checkbox_in_a_folded_group(client) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.assess.triage import CODES

    html = _text(client.get("/help/"))
    for code in CODES:
        assert f'value="{code}"' in html and f'for="code-{code}"' in html
    # eight groups, folded with <details> (no JavaScript needed), none open before a tick
    assert html.count('<details class="code-group"') == 8
    assert " open>" not in html
    assert "<script>" not in html  # no inline script: works without JavaScript


def test_groups_with_ticks_stay_open(client) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.post("/help/", {"codes": ["nausea"], "country": "US"}))
    assert '<details class="code-group" id="group-digestion" open>' in html
    assert '<details class="code-group" id="group-breathing">' in html
    assert "(1 ticked)" in html


@pytest.mark.parametrize(
    "codes",
    [["suicidal_thoughts"], ["suicidal_thoughts_with_plan"], ["unresponsive", "pregnant"], []],
)
def test_no_raw_codes_on_the_page(client, codes) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.post("/help/", {"codes": codes, "country": "US"}))
    visible = re.sub(r"<[^>]+>", " ", html)  # text only: values and ids may hold codes
    assert "TR-" not in visible
    for code in ("suicidal_thoughts", "see_clinician", "self_care", "unresponsive"):
        assert code not in visible


def test_breathing_emergency(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/help/", {"codes": ["slow_or_stopped_breathing"], "country": "US"})
    assert response.status_code == 200
    html = _text(response)
    # the heading, then the level with the emergency number and what to do now
    assert html.index("<h1>") < html.index('id="triage-result"') < html.index("tel:911")
    assert html.index("tel:911") < html.index("What to do now") < html.index('id="triage-form"')
    assert "badge-emergency" in html
    assert 'id="naloxone"' in html and "only partly work" in html
    assert "Breathing is very slow, shallow, uneven, or has stopped" in html
    assert 'href="/evidence/TRI-01/"' in html  # the advice cites its facts
    assert "cdc.gov/stop-overdose" in html  # the country's naloxone page
    assert 'value="slow_or_stopped_breathing" id="code-slow_or_stopped_breathing" checked' in html


def test_get_with_codes_also_triages(client) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.get("/help/", {"codes": ["pale_stool"], "country": "GB"}))
    assert "badge-see_clinician" in html and "Pale or clay-coloured poo" in html
    assert "tel:999" in html


@pytest.mark.parametrize(
    ("codes", "level", "rules"),
    [
        ([], "self_care", []),
        (["excessive_drowsiness", "used_with_alcohol"], "emergency", ["TR-C1"]),
        (["fainting", "racing_or_irregular_heartbeat"], "emergency", ["TR-C2"]),
        (["dark_urine", "pale_stool"], "urgent", ["TR-C3"]),
        (["pregnant", "yawning"], "urgent", ["TR-C4"]),
        (["used_with_opioids", "recent_abstinence"], "urgent", ["TR-C5"]),
        (["diarrhea", "nausea", "yawning", "insomnia"], "see_clinician", ["TR-C6"]),
    ],
)
def test_levels_and_combination_rules_on_the_page(client, codes, level, rules) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.assess.triage import COMBOS, LEVEL_LABELS

    html = _text(client.post("/help/", {"codes": codes, "country": "US"}))
    assert f'<h2 id="level-heading">{LEVEL_LABELS[level]}</h2>' in html
    for rule in rules:
        assert f'<strong class="rule-title">{COMBOS[rule].title}</strong>' in html


def test_no_codes_says_no_red_flags(client) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.post("/help/", {"country": "US"}))
    assert "no red flags" in html.lower()
    assert 'id="naloxone"' not in html and 'id="crisis-lines"' not in html


def test_suicidal_thoughts_show_crisis_lines(client) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.post("/help/", {"codes": ["suicidal_thoughts"], "country": "US"}))
    assert 'id="crisis-lines"' in html and "tel:988" in html
    # the crisis line before the emergency number; no poison control
    assert html.index("<h1>") < html.index('id="crisis-lines"') < html.index("tel:988")
    assert html.index("tel:988") < html.index("tel:911")
    assert "tel:18002221222" not in html and "poison" not in html.lower()


def test_unknown_code_is_a_clear_error(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/help/", {"codes": ["nausea", "made_up"], "country": "US"})
    assert response.status_code == 400
    assert "made_up" in _text(response) and 'id="triage-result"' not in _text(response)


def test_country_from_settings(member_client, member) -> None:  # type: ignore[no-untyped-def]
    member.country = "GB"
    member.save()
    html = _text(member_client.get("/help/"))
    assert "tel:999" in html and "United Kingdom" in html


def test_page_param_beats_settings(member_client, member) -> None:  # type: ignore[no-untyped-def]
    member.country = "GB"
    member.save()
    assert "tel:911" in _text(member_client.get("/help/", {"country": "US"}))


def test_country_from_browser_language(client) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.get("/help/", HTTP_ACCEPT_LANGUAGE="de,en-AU;q=0.8,en;q=0.5"))
    assert "tel:000" in html and "Australia" in html


def test_international_fallback(client) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.get("/help/", HTTP_ACCEPT_LANGUAGE="en"))
    assert "tel:112" in html
    assert re.search(r'<option value="ZZ" selected>', html)
    assert "tel:112" in _text(client.get("/help/", {"country": "XX"}))  # invalid → fallback


def test_region_parser() -> None:
    from kratomwise.web.help.country import region_from_accept_language

    assert region_from_accept_language("en-GB,en;q=0.9") == "GB"
    assert region_from_accept_language("fr;q=0.9, pt-BR") == "BR"
    assert region_from_accept_language("zh-Hant-TW") == "TW"
    assert region_from_accept_language("en") is None
    assert region_from_accept_language("") is None


def test_resources_page(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/help/resources/", {"country": "US"})
    assert response.status_code == 200
    html = _text(response)
    assert html.index("tel:911") < html.index("<h1>")
    for kind in (
        "suicide_crisis",
        "substance_use_helpline",
        "treatment_locator",
        "naloxone_access",
    ):
        assert f'id="kind-{kind}"' in html
    assert "2026-11" in html and "findtreatment.gov" in html


def test_resources_page_fallback(client) -> None:  # type: ignore[no-untyped-def]
    html = _text(client.get("/help/resources/", {"country": "IS"}))
    assert "international options" in html and "findahelpline.com" in html


def test_no_seller_links(client) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.knowledge.sources import is_commercial

    for country in ("US", "GB", "TH", "MY", "ZZ"):
        html = _text(client.get("/help/resources/", {"country": country}))
        for url in re.findall(r'href="(https?://[^"]+)"', html):
            assert not is_commercial(url)


def test_phq9_follow_up_yes_is_an_emergency_with_crisis_lines(member_client, member) -> None:  # type: ignore[no-untyped-def]
    member.country = "US"
    member.save()
    html = _text(member_client.post("/help/", {"codes": "suicidal_thoughts_with_plan"}))
    assert 'id="crisis-lines"' in html
    assert html.index("<h1>") < html.index("tel:911") < html.index("tel:988")
    assert "recovery position" not in html


def test_aria_describedby_resolves(client) -> None:  # type: ignore[no-untyped-def]
    from tests.web.accounts.test_settings import missing_described_ids

    for response in (
        client.get("/help/"),
        client.post("/help/", {"codes": ["suicidal_thoughts"], "country": "TH"}),
        client.get("/help/resources/", {"country": "US"}),
    ):
        assert missing_described_ids(response.content.decode()) == []
