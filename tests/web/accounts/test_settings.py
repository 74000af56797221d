"""Settings: time zones grouped by region (common ones first), the browser's zone suggested by a
static script, the help page's country shown as chosen, and aria-describedby that resolve."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def missing_described_ids(html: str) -> list[str]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    wanted = [i for v in re.findall(r'aria-describedby="([^"]+)"', html) for i in v.split()]
    return [i for i in wanted if i not in ids]


def test_time_zones_grouped_with_common_first(owner_client) -> None:
    html = owner_client.get("/accounts/settings/").content.decode()
    groups = re.findall(r'<optgroup label="([^"]+)">', html)
    assert groups[0] == "Common time zones"
    assert groups[1:4] == ["Africa", "America", "Antarctica"]
    common = html[html.index('label="Common time zones"') : html.index('label="Africa"')]
    assert '<option value="Asia/Bangkok">Bangkok (Asia)</option>' in common
    assert '<option value="America/New_York">New York (America)</option>' in common
    assert (
        '<option value="America/Argentina/Buenos_Aires">Argentina / Buenos Aires</option>' in html
    )


def test_saved_zone_is_selected_and_legacy_zones_still_offered(owner_client, owner) -> None:
    owner.time_zone = "US/Pacific"
    owner.save()
    html = owner_client.get("/accounts/settings/").content.decode()
    assert '<option value="US/Pacific" selected>Pacific</option>' in html


def test_browser_zone_script_is_a_static_file(owner_client) -> None:
    html = owner_client.get("/accounts/settings/").content.decode()
    assert re.search(r'<script src="/static/accounts/time_zone\.js[^"]*" defer></script>', html)
    assert "<script>" not in html  # strict CSP: no inline script
    assert 'id="tz-detected" hidden' in html


def test_country_the_help_page_uses_is_shown_as_chosen(owner_client) -> None:
    html = owner_client.get(
        "/accounts/settings/", HTTP_ACCEPT_LANGUAGE="en-TH,en;q=0.5"
    ).content.decode()
    assert '<option value="TH" selected>Thailand</option>' in html
    assert 'id="country-detected"' in html and "The help page already uses Thailand" in html


def test_saved_country_wins_over_the_browser(owner_client, owner) -> None:
    owner.country = "GB"
    owner.save()
    html = owner_client.get("/accounts/settings/", HTTP_ACCEPT_LANGUAGE="en-TH").content.decode()
    assert '<option value="GB" selected>United Kingdom</option>' in html
    assert 'id="country-detected"' not in html


def test_aria_describedby_points_at_ids_that_exist(owner_client) -> None:
    html = owner_client.get("/accounts/settings/").content.decode()
    assert 'aria-describedby="id_time_zone_helptext"' in html
    assert missing_described_ids(html) == []
