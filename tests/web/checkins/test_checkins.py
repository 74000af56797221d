"""Check-ins: access control, scoring and saving, safety routing, history and charts."""

from __future__ import annotations

import pytest

from kratomwise.assess import INSTRUMENTS
from kratomwise.web.checkins.models import InstrumentResponse, latest

pytestmark = pytest.mark.django_db


def _post(client, instrument: str, answers: list[int | None]):  # type: ignore[no-untyped-def]
    items = INSTRUMENTS[instrument].items
    data = {item.id: str(v) for item, v in zip(items, answers, strict=False) if v is not None}
    return client.post(f"/checkins/{instrument}/", data)


def test_login_required(client) -> None:  # type: ignore[no-untyped-def]
    for url in (
        "/checkins/",
        "/checkins/phq9/",
        "/checkins/phq9/history/",
        "/checkins/export/fhir.json",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_index_lists_instruments(member_client) -> None:  # type: ignore[no-untyped-def]
    html = member_client.get("/checkins/").content.decode()
    for key in INSTRUMENTS:
        assert f'id="card-{key}"' in html
    assert "For clinicians" in html  # COWS is marked
    assert "Kratom Dependence Scale" not in html


@pytest.mark.parametrize("instrument", list(INSTRUMENTS))
def test_every_form_renders(member_client, instrument: str) -> None:  # type: ignore[no-untyped-def]
    html = member_client.get(f"/checkins/{instrument}/").content.decode()
    for item in INSTRUMENTS[instrument].items:
        assert f'name="{item.id}"' in html
    assert "style=" not in html and "<script>" not in html


def test_unknown_instrument_404(member_client) -> None:  # type: ignore[no-untyped-def]
    assert member_client.get("/checkins/kds/").status_code == 404


def test_submit_scores_and_saves(member_client, member) -> None:  # type: ignore[no-untyped-def]
    response = _post(member_client, "gad7", [2, 2, 2, 1, 1, 1, 1])
    assert response.status_code == 302
    saved = InstrumentResponse.objects.get(owner=member)
    assert saved.total == 10 and saved.band == "moderate"
    assert saved.flags == ["see_clinician_suggested"] and not saved.safety_flag
    assert saved.answers == {f"gad7_0{i}": v for i, v in enumerate([2, 2, 2, 1, 1, 1, 1], 1)}
    assert response["Location"] == f"/checkins/r/{saved.pk}/"
    assert latest(member, "gad7") == saved


def test_incomplete_is_refused_and_nothing_saved(member_client) -> None:  # type: ignore[no-untyped-def]
    response = _post(member_client, "phq9", [1, 1, 1, 1, 1, 1, 1, 1])
    assert response.status_code == 400
    assert "Nothing was saved" in response.content.decode()
    assert InstrumentResponse.objects.count() == 0


def test_out_of_range_is_refused(member_client) -> None:  # type: ignore[no-untyped-def]
    items = INSTRUMENTS["cows"].items
    data = {item.id: "0" for item in items}
    data["cows_01_pulse"] = "3"
    response = member_client.post("/checkins/cows/", data)
    assert response.status_code == 400 and InstrumentResponse.objects.count() == 0


def test_phq9_item9_shows_crisis_lines_above_the_score(member_client, member) -> None:  # type: ignore[no-untyped-def]
    member.country = "US"
    member.save()
    response = _post(member_client, "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    html = member_client.get(response["Location"]).content.decode()
    assert 'id="safety"' in html and "tel:988" in html
    assert html.index('id="safety"') < html.index('id="score"')
    assert html.index("tel:988") < html.index('class="big"')
    assert "suicidal_thoughts_with_plan" in html  # the follow-up question
    assert InstrumentResponse.objects.get().safety_flag


def test_phq9_without_item9_has_no_safety_section(member_client) -> None:  # type: ignore[no-untyped-def]
    response = _post(member_client, "phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0])
    html = member_client.get(response["Location"]).content.decode()
    assert 'id="safety"' not in html and "severe" in html


def test_international_crisis_lines_without_country(member_client) -> None:  # type: ignore[no-untyped-def]
    response = _post(member_client, "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 3])
    html = member_client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "findahelpline.com" in html and "tel:112" in html


@pytest.mark.parametrize(
    ("instrument", "answers", "shown"),
    [
        ("dsm5", [1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1], True),
        ("dsm5", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], True),
        ("dsm5", [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], False),
        ("cows", [4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5], True),
        ("cows", [0] * 11, False),
    ],
)
def test_treatment_options_routing(member_client, member, instrument, answers, shown) -> None:  # type: ignore[no-untyped-def]
    member.country = "US"
    member.save()
    response = _post(member_client, instrument, answers)
    html = member_client.get(response["Location"]).content.decode()
    assert ('id="treatment"' in html) is shown
    if shown:
        assert "findtreatment.gov" in html
        assert html.index('id="treatment"') < html.index('id="score"')


def test_outsider_gets_404(member_client, outsider_client, owner_client) -> None:  # type: ignore[no-untyped-def]
    response = _post(member_client, "phq9", [0] * 9)
    url = response["Location"]
    pk = InstrumentResponse.objects.get().pk
    assert member_client.get(url).status_code == 200
    assert outsider_client.get(url).status_code == 404
    assert owner_client.get(url).status_code == 404  # even the site owner: personal data
    assert outsider_client.get(f"/checkins/r/{pk}/fhir.json").status_code == 404
    assert "<table" not in outsider_client.get("/checkins/phq9/history/").content.decode()


def test_history_chart_and_change(member_client) -> None:  # type: ignore[no-untyped-def]
    _post(member_client, "sows", [2, 1, 3, 0, 1, 2, 1, 2, 0, 3, 2, 1, 0, 1, 2, 4])
    _post(member_client, "sows", [1] * 16)
    html = member_client.get("/checkins/sows/history/").content.decode()
    assert "<svg" in html and "<polyline" in html and "<desc" in html
    assert "-9" in html  # S-5: change from previous
    assert html.count("<circle") == 2
    result_html = member_client.get(
        f"/checkins/r/{InstrumentResponse.objects.order_by('-id').first().pk}/"  # type: ignore[union-attr]
    ).content.decode()
    assert "-9" in result_html


def test_history_only_own_results(member_client, outsider_client) -> None:  # type: ignore[no-untyped-def]
    _post(member_client, "craving", [7])
    _post(outsider_client, "craving", [2])
    html = member_client.get("/checkins/craving/history/").content.decode()
    assert html.count("<circle") == 1


def test_chart_svg_is_escaped() -> None:
    from datetime import UTC, datetime

    from kratomwise.web.checkins.charts import trend_svg
    from kratomwise.web.core.charts import render_svg

    svg = render_svg(
        trend_svg([(datetime(2026, 1, 1, tzinfo=UTC), 5)], 27, "<b>x</b>", [(10, "a&b")])
    )
    assert "<b>" not in svg and "&lt;b&gt;" in svg and "a&amp;b" in svg
    assert "style=" not in svg


def test_today_section(member_client, member, rf) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.web.checkins.dashboard import today_section

    _post(member_client, "phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    request = rf.get("/")
    request.user = member
    section = today_section(request)
    assert section is not None and section["template"] == "checkins/_today.html"
    assert section["recent_safety"] is not None and len(section["latest"]) == 1
