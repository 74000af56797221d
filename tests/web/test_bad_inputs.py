"""Bad inputs to every form: each one a 4xx with a clear message, nothing stored, fast."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.utils import timezone

from kratomwise.usage.formats import MAX_ENTRIES
from tests.web.corpus import SLOW_SECONDS, fingerprint, timed
from tests.web.taper.conftest import PLAN as TAPER_PLAN

pytestmark = pytest.mark.django_db

ARABIC_THREE = "\u0663"  # Arabic-Indic digit three
ENTRY = {"kind": "kratom", "amount": "3", "unit": "g", "form": "leaf_powder", "note_text": ""}
PRESET = {"name": "usual", "kind": "kratom", "amount": "2", "unit": "g", "form": "leaf_powder"}
TODAY = "today"  # replaced by the local date when the request is sent
PLAN = {**TAPER_PLAN, "start": TODAY}
CHECKIN = {"day": TODAY, "amount_taken": "", "withdrawal": "", "craving": ""}
SETTINGS = {
    "grams_per_capsule": "",
    "preferred_form": "leaf_powder",
    "preferred_unit": "g",
    "max_leaf_g_per_day": "",
    "max_uses_per_day": "",
    "min_days_off_per_week": "",
}

JOURNAL = [
    {"amount": ""},
    {"amount": "0"},
    {"amount": "-1"},
    {"amount": "abc"},
    {"amount": "NaN"},
    {"amount": "Infinity"},
    {"amount": "-Infinity"},
    {"amount": "1e308"},
    {"amount": "1e400"},
    {"amount": "10000001"},
    {"amount": "0.00001"},
    {"amount": ARABIC_THREE},
    {"amount": "\u0661\u0662"},
    {"amount": "\u0969"},
    {"amount": "3\x00"},
    {"amount": "1,5"},
    {"unit": "oz"},
    {"unit": ""},
    {"unit": "G\x00"},
    {"form": "smoke"},
    {"form": ""},
    {"kind": "heroin"},
    {"kind": ""},
    {"kind": "other", "other_name": ""},
    {"kind": "other", "other_name": "beer\x00"},
    {"kind": "other", "other_name": "x" * 101},
    {"taken_at": "0001-01-01T08:00"},
    {"taken_at": "9999-12-31T08:00"},
    {"taken_at": "1969-12-31T08:00"},
    {"taken_at": "2026-02-30T08:00"},
    {"taken_at": "yesterday"},
    {"taken_at": "2026-01-01T25:00"},
    {"craving": "11"},
    {"craving": "-1"},
    {"craving": "NaN"},
    {"craving": "1.5"},
    {"craving": ARABIC_THREE},
    {"mood": "99"},
    {"mood": "x"},
    {"note_text": "n" * 2001},
    {"note_text": "bad\x00note"},
]
PRESETS = [
    {"name": ""},
    {"name": "x" * 41},
    {"name": "nul\x00name"},
    {"amount": "0"},
    {"amount": "NaN"},
    {"amount": ARABIC_THREE},
    {"amount": "1e400"},
    {"unit": "oz"},
    {"form": "smoke"},
    {"kind": "other", "other_name": ""},
    {"kind": "other", "other_name": "a\x00b"},
]
PLANS = [
    {"amount": ""},
    {"amount": "0"},
    {"amount": "-5"},
    {"amount": "1e308"},
    {"amount": "1e400"},
    {"amount": "NaN"},
    {"amount": ARABIC_THREE},
    {"amount": "99999999"},
    {"unit": "oz"},
    {"percent": "0"},
    {"percent": "100"},
    {"percent": "-10"},
    {"percent": "NaN"},
    {"percent": ARABIC_THREE},
    {"every_days": "0"},
    {"every_days": "366"},
    {"every_days": "1.5"},
    {"every_days": "x"},
    {"start": "9999-12-31"},
    {"start": "0001-01-01"},
    {"start": "1969-12-31"},
    {"start": "2026-02-30"},
    {"start": "soon"},
    {"min_step": "-1"},
    {"min_step": "8"},
    {"min_step": "NaN"},
    {"floor": "-1"},
    {"floor": "9"},
    {"floor": ARABIC_THREE},
]
CHECKINS = [
    {"day": ""},
    {"day": "2026-02-30"},
    {"day": "0001-01-01"},
    {"day": "1969-12-31"},
    {"day": "9999-12-31"},
    {"day": "tomorrow"},
    {"withdrawal": "999"},
    {"withdrawal": "-1"},
    {"withdrawal": "NaN"},
    {"withdrawal": ARABIC_THREE},
    {"craving": "NaN"},
    {"craving": "11"},
    {"craving": "Infinity"},
    {"amount_taken": "-1"},
    {"amount_taken": "NaN"},
    {"amount_taken": "1e400"},
    {"amount_taken": ARABIC_THREE},
    {"symptoms": "not_a_code"},
    {"symptoms": "suicidal_thoughts\x00"},
]
JOURNAL_SETTINGS = [
    {"grams_per_capsule": "0"},
    {"grams_per_capsule": "NaN"},
    {"grams_per_capsule": "1e400"},
    {"grams_per_capsule": ARABIC_THREE},
    {"preferred_form": "smoke"},
    {"preferred_unit": "oz"},
    {"max_uses_per_day": "0"},
    {"max_uses_per_day": "51"},
    {"min_days_off_per_week": "8"},
    {"max_leaf_g_per_day": "-1"},
]
THRESHOLDS = [
    {"withdrawal_scale": "other"},
    {"withdrawal_scale": "rating", "hold_withdrawal": "11"},
    {"withdrawal_scale": "sows", "hold_withdrawal": "65"},
    {"withdrawal_scale": "rating", "hold_craving": "0"},
    {"withdrawal_scale": "rating", "hold_craving": "NaN"},
]
IMPORTS = [
    ("nested.json", b"[" * 5000),
    ("nested2.json", b'{"format": "kratomwise-journal", "entries": ' + b"[" * 5000),
    ("empty.csv", b""),
    ("latin1.csv", "taken_at;caf\xe9".encode("latin-1")),
    (
        "year1.csv",
        b"taken_at,substance,form,amount,unit,craving,mood,note\n"
        b"0001-01-01T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n",
    ),
    (
        "year9999.csv",
        b"taken_at,substance,form,amount,unit,craving,mood,note\n"
        b"9999-12-30T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n",
    ),
    (
        "arabic.csv",
        "taken_at,substance,form,amount,unit,craving,mood,note\n"
        f"2026-01-01T08:00:00+00:00,kratom,leaf_powder,{ARABIC_THREE},g,,,\n".encode(),
    ),
    (
        "nul.csv",
        b"taken_at,substance,form,amount,unit,craving,mood,note\n"
        b"2026-01-01T08:00:00+00:00,be\x00er,other,1,ml,,,\n",
    ),
    (
        "toomany.csv",
        b"taken_at,substance,form,amount,unit,craving,mood,note\n"
        + b"2026-01-01T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n" * (MAX_ENTRIES + 1),
    ),
    ("big.csv", b"x" * 4_000_001),
    ("notjournal.json", b'{"hello": 1}'),
    (
        "badrow.csv",
        b"taken_at,substance,form,amount,unit,craving,mood,note\n"
        b"2026-01-01T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n"
        b"2026-01-02T08:00:00+00:00,kratom,leaf_powder,-1,g,,,\n",
    ),
    (
        "psy.json",
        b'{"experiences": [{"ingestions": [{"substanceName": "Kratom", '
        b'"time": -99999999999999, "dose": 1, "units": "g"}]}]}',
    ),
]
INSTRUMENTS = [
    ("phq9", {"phq9_1": "9"}),
    ("phq9", {"phq9_1": "NaN"}),
    ("phq9", {"phq9_1": ARABIC_THREE}),
    ("gad7", {"gad7_1": "-1"}),
    ("sows", {}),
    ("cows", {"cows_1": "x\x00"}),
]


def _cases() -> list[Any]:
    cases = []
    cases += [
        pytest.param("/journal/", {**ENTRY, **c}, id=f"journal-{k}") for k, c in enumerate(JOURNAL)
    ]
    cases += [
        pytest.param("/journal/presets/", {**PRESET, **c}, id=f"preset-{k}")
        for k, c in enumerate(PRESETS)
    ]
    cases += [
        pytest.param("/taper/new/", {**PLAN, **c}, id=f"plan-{k}") for k, c in enumerate(PLANS)
    ]
    cases += [
        pytest.param("/taper/checkin/", {**CHECKIN, **c}, id=f"checkin-{k}")
        for k, c in enumerate(CHECKINS)
    ]
    cases += [
        pytest.param("/journal/settings/", {**SETTINGS, **c}, id=f"settings-{k}")
        for k, c in enumerate(JOURNAL_SETTINGS)
    ]
    cases += [
        pytest.param("/taper/thresholds/", c, id=f"thresholds-{k}")
        for k, c in enumerate(THRESHOLDS)
    ]
    cases += [pytest.param("/journal/import/", name, id=f"import-{name}") for name, _b in IMPORTS]
    cases += [
        pytest.param(f"/checkins/{i}/", c, id=f"instrument-{i}-{k}")
        for k, (i, c) in enumerate(INSTRUMENTS)
    ]
    return cases


CASES = _cases()


@pytest.fixture
def person(owner, owner_client, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The owner with an active taper plan, a journal entry and a preset."""
    monkeypatch.setenv("KRATOMWISE_DATA_DIR", str(tmp_path / "data"))
    assert owner_client.post("/taper/new/", _fill("/taper/new/", PLAN)).status_code == 302
    assert owner_client.post("/journal/", ENTRY).status_code == 302
    assert owner_client.post("/journal/presets/", PRESET).status_code == 302
    return owner_client


def _fill(url: str, data: Any) -> Any:
    if url == "/journal/import/":
        payload = dict(IMPORTS)[data]
        upload = io.BytesIO(payload)
        upload.name = data
        return {"file": upload}
    today = timezone.localdate().isoformat()
    return {k: today if v == TODAY else v for k, v in data.items()}


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(("url", "data"), CASES)
def test_bad_input_is_a_clear_4xx_and_changes_nothing(person, url, data) -> None:  # type: ignore[no-untyped-def]
    body = _fill(url, data)
    before = fingerprint()
    response, seconds = timed(lambda: person.post(url, body))
    assert 400 <= response.status_code < 500, (response.status_code, url, data)
    assert seconds < SLOW_SECONDS
    page = response.content.decode()
    assert "errorlist" in page or 'class="notice' in page, page[:500]
    assert fingerprint() == before


def test_a_plan_started_far_ahead_is_refused_and_pages_keep_working(person) -> None:  # type: ignore[no-untyped-def]
    far = (timezone.localdate() + dt.timedelta(days=400)).isoformat()
    assert person.post("/taper/new/", {**PLAN, "start": far}).status_code == 400
    for url in ("/", "/taper/", "/taper/restart/"):
        assert person.get(url).status_code == 200
