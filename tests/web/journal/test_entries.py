"""Entries: login, ownership (outsider gets 404), fast entry, repeat, presets, edit, soft delete."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from kratomwise.web.journal.models import Entry, Preset

pytestmark = pytest.mark.django_db

LEAF = {"kind": "kratom", "amount": "3", "unit": "g", "form": "leaf_powder"}


def _entry(user, **extra):  # type: ignore[no-untyped-def]
    values = {"owner": user, "amount": Decimal("2.5"), "unit": "g", "form": "leaf_powder"}
    values.update(extra)
    return Entry.objects.create(**values)


def test_login_required(client) -> None:  # type: ignore[no-untyped-def]
    for url in (
        "/journal/",
        "/journal/entries/",
        "/journal/export.csv",
        "/journal/import/",
        "/journal/settings/",
        "/journal/delete-my-data/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_add_entry_defaults_to_now_and_shows_up(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post(
        "/journal/", {**LEAF, "craving": "4", "mood": "6", "note_text": "hi"}
    )
    assert response.status_code == 302
    entry = Entry.objects.get(owner=owner)
    assert (entry.substance, entry.amount, entry.craving, entry.mood, entry.note) == (
        "kratom",
        Decimal("3"),
        4,
        6,
        "hi",
    )
    assert abs((timezone.now() - entry.taken_at).total_seconds()) < 60
    page = owner_client.get("/journal/").content.decode()
    assert "3 g leaf powder (kratom)" in page and "Repeat last" in page and "<svg" in page


def test_taken_at_is_read_in_the_persons_time_zone(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    owner.time_zone = "America/New_York"
    owner.save()
    owner_client.post("/journal/", {**LEAF, "taken_at": "2026-05-01T23:30"})
    entry = Entry.objects.get(owner=owner)
    assert entry.taken_at == dt.datetime(2026, 5, 2, 3, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({**LEAF, "amount": "0"}, "amount"),
        ({**LEAF, "amount": "abc"}, "amount"),
        ({**LEAF, "craving": "11"}, "craving"),
        ({**LEAF, "kind": "other", "other_name": ""}, "other_name"),
        ({**LEAF, "unit": "kg"}, "unit"),
    ],
)
def test_bad_input_saves_nothing(owner_client, owner, data, field) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post("/journal/", data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Entry.all_objects.filter(owner=owner).exists()


def test_other_substance_and_seven_oh(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(
        "/journal/",
        {
            "kind": "other",
            "other_name": " Alcohol ",
            "amount": "330",
            "unit": "ml",
            "form": "other",
        },
    )
    owner_client.post(
        "/journal/", {"kind": "kratom", "amount": "15", "unit": "mg", "form": "seven_oh_product"}
    )
    assert sorted(Entry.objects.filter(owner=owner).values_list("substance", flat=True)) == [
        "alcohol",
        "seven_oh",
    ]


def test_repeat_last(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    _entry(owner, taken_at=timezone.now() - dt.timedelta(hours=5), note="private")
    assert owner_client.post("/journal/repeat/").status_code == 302
    newest, older = Entry.objects.filter(owner=owner)
    assert (newest.amount, newest.form, newest.note) == (Decimal("2.5"), "leaf_powder", "")
    assert newest.taken_at > older.taken_at
    assert owner_client.get("/journal/repeat/").status_code == 405


def test_repeat_with_nothing_to_repeat(member_client, member) -> None:  # type: ignore[no-untyped-def]
    assert member_client.post("/journal/repeat/").status_code == 302
    assert not Entry.objects.filter(owner=member).exists()


def test_presets(owner_client, owner, outsider_client) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post("/journal/presets/", {"name": "Morning", **LEAF})
    assert response.status_code == 302
    preset = Preset.objects.get(owner=owner)
    assert "Morning" in owner_client.get("/journal/").content.decode()
    assert outsider_client.post(f"/journal/presets/{preset.pk}/log/").status_code == 404
    assert outsider_client.post(f"/journal/presets/{preset.pk}/delete/").status_code == 404
    assert owner_client.post(f"/journal/presets/{preset.pk}/log/").status_code == 302
    assert Entry.objects.get(owner=owner).amount == Decimal("3")
    owner_client.post(f"/journal/presets/{preset.pk}/delete/")
    assert not Preset.objects.exists()


def test_edit(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    entry = _entry(owner, note="old")
    page = owner_client.get(f"/journal/{entry.pk}/edit/").content.decode()
    assert "old" in page
    response = owner_client.post(
        f"/journal/{entry.pk}/edit/",
        {**LEAF, "amount": "4", "taken_at": "2026-05-01T08:00", "note_text": "new"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.amount, entry.note) == (Decimal("4"), "new")


def test_delete_needs_confirmation_and_can_be_undone(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    entry = _entry(owner)
    page = owner_client.get(f"/journal/{entry.pk}/delete/")
    assert page.status_code == 200 and "Delete this entry?" in page.content.decode()
    assert Entry.objects.filter(pk=entry.pk).exists()
    owner_client.post(f"/journal/{entry.pk}/delete/")
    assert not Entry.objects.filter(pk=entry.pk).exists()
    assert Entry.all_objects.get(pk=entry.pk).deleted_at is not None
    index = owner_client.get("/journal/").content.decode()
    assert "Undo" in index and f"/journal/{entry.pk}/restore/" in index
    assert "2.5 g" in owner_client.get("/journal/deleted/").content.decode()
    owner_client.post(f"/journal/{entry.pk}/restore/")
    assert Entry.objects.filter(pk=entry.pk).exists()


def test_deleted_entries_are_purged_after_30_days(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    old = _entry(owner, deleted_at=timezone.now() - dt.timedelta(days=31))
    recent = _entry(owner, deleted_at=timezone.now() - dt.timedelta(days=29))
    owner_client.get("/journal/deleted/")
    assert not Entry.all_objects.filter(pk=old.pk).exists()
    assert Entry.all_objects.filter(pk=recent.pk).exists()


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_outsider_gets_404(owner, outsider_client, member_client, action) -> None:  # type: ignore[no-untyped-def]
    entry = _entry(owner)
    for client in (outsider_client, member_client):
        assert client.get(f"/journal/{entry.pk}/{action}/").status_code == 404
        assert client.post(f"/journal/{entry.pk}/{action}/", LEAF).status_code == 404
    entry.refresh_from_db()
    assert entry.deleted_at is None and entry.amount == Decimal("2.5")


def test_outsider_cannot_restore_or_see(owner, owner_client, outsider_client) -> None:  # type: ignore[no-untyped-def]
    entry = _entry(owner, note="owner secret", deleted_at=timezone.now())
    assert outsider_client.post(f"/journal/{entry.pk}/restore/").status_code == 404
    for url in ("/journal/", "/journal/entries/", "/journal/deleted/"):
        assert "owner secret" not in outsider_client.get(url).content.decode()
    assert "2.5 g" not in outsider_client.get("/journal/deleted/").content.decode()


def test_signals_and_charts_on_the_journal_page(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    midnight = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    for minutes in (1, 2, 3):
        _entry(owner, taken_at=midnight + dt.timedelta(minutes=minutes))
    page = owner_client.get("/journal/").content.decode()
    assert "Three or more uses in a day" in page and "three_or_more_uses_a_day" not in page
    assert "/evidence/DEP-03/" in page
    assert page.count("<svg") == 3 and "Show the numbers as a table" in page
    assert "style=" not in page and "<script>" not in page


def test_how_signals_work_documents_every_rule(client) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.usage import CODES

    page = client.get("/journal/how-signals-work/").content.decode()
    for code in CODES:
        assert f'id="{code}"' in page
    assert "Theil–Sen" in page and "/evidence/DEP-08/" in page


def test_kratom_chosen_with_a_typed_other_substance_is_rejected(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post("/journal/", {**LEAF, "other_name": "beer"})
    assert response.status_code == 400
    assert response.context["form"].errors["other_name"] == [
        "You typed “beer” here but chose Kratom above. To log beer, choose Other; "
        "to log Kratom, clear this field."
    ]
    assert "You typed “beer” here" in response.content.decode()
    assert not Entry.all_objects.filter(owner=owner).exists()


def test_other_with_beer_logs_beer(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    data = {"kind": "other", "other_name": "beer", "amount": "500", "unit": "ml", "form": "other"}
    assert owner_client.post("/journal/", data).status_code == 302
    assert Entry.objects.get(owner=owner).describe() == "500 ml beer"


def test_kratom_names_typed_as_other_are_kratom(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    data = {"kind": "other", "other_name": "Kratom tea", "amount": "2", "unit": "g", "form": "tea"}
    assert owner_client.post("/journal/", data).status_code == 302
    assert Entry.objects.get(owner=owner).substance == "kratom"


def test_seven_oh_as_leaf_powder_is_rejected(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post("/journal/", {**LEAF, "kind": "seven_oh"})
    assert response.status_code == 400
    assert response.context["form"].errors["form"] == [
        "A 7-OH product is not leaf powder: choose the form “7-OH product”."
    ]
    assert not Entry.all_objects.filter(owner=owner).exists()


@pytest.mark.parametrize(
    ("values", "text"),
    [
        ({"amount": Decimal(6), "unit": "capsule", "form": "capsules"}, "6 capsules (kratom)"),
        ({"amount": Decimal(1), "unit": "capsule", "form": "capsules"}, "1 capsule (kratom)"),
        (
            {"amount": Decimal(1), "unit": "tablet", "form": "seven_oh_product"},
            "1 tablet (7-OH product)",
        ),
        (
            {"amount": Decimal("2.5"), "unit": "g", "form": "leaf_powder"},
            "2.5 g leaf powder (kratom)",
        ),
        (
            {"amount": Decimal(2), "unit": "tablet", "form": "other", "substance": "ibuprofen"},
            "2 tablets ibuprofen",
        ),
    ],
)
def test_descriptions_use_plurals_and_each_unit_once(owner, values, text) -> None:  # type: ignore[no-untyped-def]
    assert _entry(owner, **values).describe() == text


def test_described_by_ids_exist(owner_client) -> None:  # type: ignore[no-untyped-def]
    import re

    for url in ("/journal/", "/journal/import/", "/journal/settings/", "/journal/presets/"):
        page = owner_client.get(url).content.decode()
        ids = set(re.findall(r'\bid="([^"]+)"', page))
        described = re.findall(r'aria-describedby="([^"]+)"', page)
        assert described, url
        for value in described:
            assert set(value.split()) <= ids, (url, value)
