"""The API speaks the language of Accept-Language (core texts included)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixture_catalogues")]

THAI_CALL = "โทร 1669 ทันที และอยู่กับผู้ป่วยจนกว่าความช่วยเหลือจะมาถึง"
URL = "/api/assess/triage?codes=slow_or_stopped_breathing&country=TH"


def test_accept_language_th_gives_thai_core_texts(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get(URL, headers={"accept-language": "th-TH,th;q=0.9,en;q=0.5"})
    assert response.status_code == 200
    assert response["Content-Language"] == "th"
    assert response.json()["advice"][0] == THAI_CALL


def test_no_accept_language_is_english(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get(URL)
    assert response.json()["advice"][0] == (
        "Call 1669 now and stay with the person until help arrives."
    )


def test_fact_statement_in_the_requested_language(client) -> None:  # type: ignore[no-untyped-def]
    thai = client.get("/api/facts/DEP-08", headers={"accept-language": "th"}).json()
    english = client.get("/api/facts/DEP-08", headers={"accept-language": "en"}).json()
    assert thai["statement"].startswith("ในผู้ใช้กระท่อม 395 คน")
    assert english["statement"].startswith("In 395 people in the US")


def test_unsupported_language_is_english(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get(URL, headers={"accept-language": "de"})
    assert response["Content-Language"] == "en"
    assert response.json()["advice"][0].startswith("Call 1669 now")
