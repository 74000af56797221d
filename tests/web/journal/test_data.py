"""Export, import (all or nothing), PsychonautWiki import, settings and delete-my-data."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kratomwise.web.journal.models import Entry, JournalSettings, Preset

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[2] / "data"
PASSWORD = "correct horse battery staple 1"


def _upload(client, name: str, content: bytes):  # type: ignore[no-untyped-def]
    return client.post("/journal/import/", {"file": SimpleUploadedFile(name, content)})


def _rows(user) -> list[tuple]:  # type: ignore[type-arg,no-untyped-def]
    return [
        (e.taken_at, e.substance, e.form, e.amount.normalize(), e.unit, e.craving, e.mood, e.note)
        for e in Entry.objects.filter(owner=user).order_by("taken_at", "pk")
    ]


def test_import_csv_then_export_is_the_same_file(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    text = (DATA / "journal_sample.csv").read_bytes()
    response = _upload(owner_client, "journal.csv", text)
    assert response.status_code == 302
    assert Entry.objects.filter(owner=owner).count() == 6
    exported = owner_client.get("/journal/export.csv")
    assert exported["Content-Disposition"].startswith('attachment; filename="kratomwise-journal-')
    body = exported.content.decode()
    # Times come back in the person's zone (UTC here), so compare the parsed entries.
    from kratomwise.usage import parse_csv

    assert parse_csv(body) == sorted(parse_csv(text.decode()), key=lambda e: e.taken_at)


@pytest.mark.parametrize(("endpoint", "name"), [("export.csv", "x.csv"), ("export.json", "x.json")])
def test_export_then_import_into_an_empty_account_gives_the_same_entries(
    owner_client, owner, member_client, member, endpoint, name
) -> None:  # type: ignore[no-untyped-def]
    _upload(owner_client, "journal.csv", (DATA / "journal_sample.csv").read_bytes())
    Entry.objects.filter(owner=owner).update(craving=7)
    exported = owner_client.get(f"/journal/{endpoint}").content
    assert _upload(member_client, name, exported).status_code == 302
    assert _rows(member) == _rows(owner)
    # Importing the same file again adds nothing.
    _upload(member_client, name, exported)
    assert len(_rows(member)) == 6


def test_bad_row_rejects_the_whole_file(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = _upload(owner_client, "bad.csv", (DATA / "journal_bad_row.csv").read_bytes())
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported" in page and "row 4, column amount" in page
    assert not Entry.all_objects.filter(owner=owner).exists()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"{not json", "not valid JSON"),
        (b'{"something": 1}', "not recognised"),
        (b"", "empty"),
    ],
)
def test_unreadable_files(owner_client, owner, content, needle) -> None:  # type: ignore[no-untyped-def]
    response = _upload(owner_client, "x.txt", content)
    assert response.status_code == 400
    assert not Entry.objects.filter(owner=owner).exists()
    if content:
        assert needle in response.content.decode()


def test_psychonautwiki_import(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    owner.time_zone = "Europe/Berlin"
    owner.save()
    response = _upload(
        owner_client, "Journal.json", (DATA / "psychonautwiki_journal_export.json").read_bytes()
    )
    assert response.status_code == 302
    rows = _rows(owner)
    assert [(r[1], r[4]) for r in rows] == [
        ("kratom", "g"),
        ("caffeine", "mg"),
        ("kratom", "g"),
        ("kratom", "g"),
        ("alcohol", "ml"),
        ("seven_oh", "mg"),
    ]
    assert rows[0][7] == "with breakfast"
    page = owner_client.get("/journal/").content.decode()
    assert Entry.objects.count() == 6 and "polydrug_day" not in page


def test_psychonautwiki_bad_ingestion_rejects_everything(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((DATA / "psychonautwiki_journal_export.json").read_text())
    data["experiences"][1]["ingestions"][1]["units"] = "drinks"
    response = _upload(owner_client, "Journal.json", json.dumps(data).encode())
    assert response.status_code == 400
    assert "ingestion 5, field units" in response.content.decode()
    assert not Entry.objects.filter(owner=owner).exists()


def test_settings_feed_the_analysis(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(
        "/journal/settings/",
        {
            "grams_per_capsule": "0.5",
            "preferred_form": "capsules",
            "preferred_unit": "capsule",
            "max_leaf_g_per_day": "1",
            "max_uses_per_day": "",
            "min_days_off_per_week": "",
        },
    )
    assert response.status_code == 302
    settings = JournalSettings.objects.get(owner=owner)
    assert settings.to_core().grams_per_capsule == 0.5
    owner_client.post(
        "/journal/", {"kind": "kratom", "amount": "4", "unit": "capsule", "form": "capsules"}
    )
    page = owner_client.get("/journal/").content.decode()
    assert "A limit you set was broken" in page and "2 g" in page
    assert "limit_exceeded" not in page
    assert (
        owner_client.post(
            "/journal/settings/",
            {"min_days_off_per_week": "9", "preferred_form": "tea", "preferred_unit": "g"},
        ).status_code
        == 400
    )


def test_delete_my_data(owner_client, owner, member) -> None:  # type: ignore[no-untyped-def]
    Entry.objects.create(owner=owner, amount=Decimal(1), note="a")
    Entry.all_objects.create(owner=owner, amount=Decimal(1), deleted_at="2026-01-01T00:00Z")
    Preset.objects.create(owner=owner, name="p", amount=Decimal(1))
    JournalSettings.objects.create(owner=owner, grams_per_capsule=Decimal("0.5"))
    theirs = Entry.objects.create(owner=member, amount=Decimal(2))
    wrong = owner_client.post("/journal/delete-my-data/", {"password": "nope"})
    assert wrong.status_code == 200 and Entry.objects.filter(owner=owner).exists()
    response = owner_client.post("/journal/delete-my-data/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not Entry.all_objects.filter(owner=owner).exists()
    assert not Preset.objects.filter(owner=owner).exists()
    assert not JournalSettings.objects.filter(owner=owner).exists()
    assert Entry.objects.filter(pk=theirs.pk).exists()


def test_trend_line_only_over_fitted_days_and_axis_follows_the_data() -> None:
    import datetime as dt

    from kratomwise.usage import Entry as CoreEntry
    from kratomwise.usage import analyze
    from kratomwise.usage.thresholds import TREND_MIN_DAYS
    from kratomwise.web.core.charts import render_svg
    from kratomwise.web.journal import charts

    today = dt.date(2026, 6, 30)
    tz = dt.UTC

    def leaf(offset: int, grams: float) -> CoreEntry:
        d = today - dt.timedelta(days=offset)
        return CoreEntry(
            dt.datetime(d.year, d.month, d.day, 9, tzinfo=tz), "kratom", "leaf_powder", grams, "g"
        )

    few = analyze([leaf(2, 5), leaf(1, 4), leaf(0, 3)], today=today, checker=None)
    chart = charts.daily_amount(few)
    svg = render_svg(chart.svg)
    assert "trend-line" not in svg
    assert f"at least {TREND_MIN_DAYS} days" in chart.summary
    assert ">5.5<" in svg  # the axis top is the highest day plus 10 %, not a trend value

    many = analyze([leaf(k, 3 + (11 - k) * 0.1) for k in range(12)], today=today, checker=None)
    trend = charts.fit_trend([d.leaf_g for d in many.recent(28)])
    assert trend is not None and (trend.first, trend.last) == (16, 27)
    assert "trend-line" in render_svg(charts.daily_amount(many).svg)
    assert charts.fit_trend([0.0] * 20 + [3.0] * (TREND_MIN_DAYS - 1)) is None
