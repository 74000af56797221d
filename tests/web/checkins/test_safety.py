"""PHQ-9 item 9 everywhere on the web (issue #12 item 6): the crisis block even with other
answers blank, the country's crisis lines before its emergency numbers, the Today page."""

from __future__ import annotations

import re

import pytest

from kratomwise.web.checkins.models import InstrumentResponse
from tests.web.accounts.test_settings import missing_described_ids

pytestmark = pytest.mark.django_db


def test_item9_alone_shows_the_crisis_block_and_saves_nothing(member_client, member) -> None:  # type: ignore[no-untyped-def]
    member.country = "US"
    member.save()
    response = member_client.post("/checkins/phq9/", {"phq9_09": "1"})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="safety"' in html and "tel:988" in html
    assert html.index('id="safety"') < html.index("<h1>") < html.index("Nothing was saved")
    assert html.index("tel:988") < html.index("tel:911")
    assert 'value="suicidal_thoughts_with_plan"' in html  # the follow-up question
    assert 'value="1" id="id_phq9_09_1" checked' in html.replace("required ", "")  # kept
    assert InstrumentResponse.objects.count() == 0


@pytest.mark.parametrize("data", [{}, {"phq9_09": "0"}, {"phq9_01": "3"}, {"phq9_09": "7"}])
def test_no_crisis_block_without_a_positive_item9(member_client, data) -> None:  # type: ignore[no-untyped-def]
    html = member_client.post("/checkins/phq9/", data).content.decode()
    assert 'id="safety"' not in html


def test_result_lists_crisis_then_ems_then_police_in_thailand(member_client, member) -> None:  # type: ignore[no-untyped-def]
    member.country = "TH"
    member.save()
    data = {f"phq9_0{i}": "0" for i in range(1, 9)} | {"phq9_09": "2"}
    response = member_client.post("/checkins/phq9/", data)
    html = member_client.get(response["Location"]).content.decode()
    block = html[
        html.index('id="crisis-lines"') : html.index("</ul>", html.index('id="crisis-lines"'))
    ]
    assert re.findall(r'href="tel:(\d+)"', block) == ["1323", "1669", "191"]


def test_take_page_aria_describedby_resolves(member_client) -> None:  # type: ignore[no-untyped-def]
    for url in ("/checkins/phq9/", "/checkins/cows/"):
        assert missing_described_ids(member_client.get(url).content.decode()) == []
    html = member_client.post("/checkins/phq9/", {"phq9_09": "1"}).content.decode()
    assert missing_described_ids(html) == []


def test_today_shows_check_ins_and_the_item9_notice(member_client, member) -> None:  # type: ignore[no-untyped-def]
    member.country = "US"
    member.save()
    empty = member_client.get("/").content.decode()
    assert "No check-ins yet." in empty and 'id="today-safety"' not in empty
    data = {f"phq9_0{i}": "0" for i in range(1, 9)} | {"phq9_09": "1"}
    member_client.post("/checkins/phq9/", data)
    html = member_client.get("/").content.decode()
    assert "No check-ins yet." not in html
    assert "PHQ-9: 1</a>" in html
    assert 'id="today-safety"' in html
    assert html.index("<h1>") < html.index('id="today-safety"') < html.index('id="today-checkins"')
    assert html.index("tel:988") < html.index("tel:911")
    assert missing_described_ids(html) == []


def test_today_without_item9_has_no_notice(member_client) -> None:  # type: ignore[no-untyped-def]
    member_client.post(
        "/checkins/phq9/", {f"phq9_0{i}": "1" for i in range(1, 10)} | {"phq9_09": "0"}
    )
    html = member_client.get("/").content.decode()
    assert "PHQ-9: 8</a>" in html and 'id="today-safety"' not in html
