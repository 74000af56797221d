"""The cached analysis follows every write: the page shows the new signal right after it,
whichever path wrote (page, API, import, delete-all, settings)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from kratomwise.usage import thresholds
from kratomwise.web.accounts import tokens
from kratomwise.web.journal import cached
from kratomwise.web.journal.models import Entry, Preset

pytestmark = pytest.mark.django_db

SEVEN_OH = "seven_oh_use"
LIMIT = "limit_exceeded"
TITLES = {rule.code: str(rule.title) for rule in thresholds.rules()}
LEAF = {"kind": "kratom", "amount": "2", "unit": "g", "form": "leaf_powder"}


def _codes(client: Client) -> list[str]:
    """Signal codes on the journal page, checked against the page text and the Today page."""
    response = client.get("/journal/")
    assert response.status_code == 200
    codes = [signal.code for signal in response.context["parts"].result.signals]
    html = response.content.decode()
    for code in (SEVEN_OH, LIMIT):
        assert (TITLES[code] in html) == (code in codes)
    today = list(client.get("/").context["sections"][-1]["parts"].shown)
    assert today == codes[: len(today)]
    return codes


def _api_codes(client: Client) -> list[str]:
    return [s["code"] for s in client.get("/api/journal/analysis").json()["signals"]]


def _seven_oh(owner: Any, **extra: Any) -> Entry:
    return Entry.objects.create(
        owner=owner, form="seven_oh_product", amount=Decimal(1), unit="tablet", **extra
    )


def test_page_form_and_api_reads_follow_a_new_entry(owner_client) -> None:  # type: ignore[no-untyped-def]
    assert SEVEN_OH not in _codes(owner_client) and SEVEN_OH not in _api_codes(owner_client)
    data = {"kind": "seven_oh", "amount": "1", "unit": "tablet", "form": "seven_oh_product"}
    assert owner_client.post("/journal/", data).status_code == 302
    assert SEVEN_OH in _codes(owner_client)
    assert SEVEN_OH in _api_codes(owner_client)


def test_edit_delete_and_restore(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    entry = Entry.objects.create(owner=owner, amount=Decimal(2))
    assert SEVEN_OH not in _codes(owner_client)
    data = {"kind": "seven_oh", "amount": "1", "unit": "tablet", "form": "seven_oh_product"}
    data["taken_at"] = timezone.localtime(entry.taken_at).strftime("%Y-%m-%dT%H:%M")
    assert owner_client.post(f"/journal/{entry.pk}/edit/", data).status_code == 302
    assert SEVEN_OH in _codes(owner_client)
    assert owner_client.post(f"/journal/{entry.pk}/delete/").status_code == 302
    assert SEVEN_OH not in _codes(owner_client)
    assert owner_client.post(f"/journal/{entry.pk}/restore/").status_code == 302
    assert SEVEN_OH in _codes(owner_client)


def test_repeat_preset_and_settings(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/journal/", LEAF)
    assert LIMIT not in _codes(owner_client)
    settings = {"preferred_form": "leaf_powder", "preferred_unit": "g", "max_uses_per_day": "2"}
    assert owner_client.post("/journal/settings/", settings).status_code == 302
    assert LIMIT not in _codes(owner_client)
    assert owner_client.post("/journal/repeat/").status_code == 302
    assert LIMIT not in _codes(owner_client)  # two uses: at the limit, not over it
    preset = Preset.objects.create(owner=owner, name="usual", amount=Decimal(2))
    assert owner_client.post(f"/journal/presets/{preset.pk}/log/").status_code == 302
    assert LIMIT in _codes(owner_client)
    settings["max_uses_per_day"] = "5"
    assert owner_client.post("/journal/settings/", settings).status_code == 302
    assert LIMIT not in _codes(owner_client)


def test_api_writes(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    token = tokens.create(owner, "write", "phone")[1]
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    leaf = {"amount": 2, "taken_at": timezone.now().isoformat()}
    made = api.post("/api/journal/entries", json.dumps(leaf), content_type="application/json")
    assert made.status_code == 201
    assert SEVEN_OH not in _codes(owner_client)
    patch = {"form": "seven_oh_product", "unit": "tablet", "amount": 1}
    path = f"/api/journal/entries/{made.json()['id']}"
    assert api.patch(path, json.dumps(patch), content_type="application/json").status_code == 200
    assert SEVEN_OH in _codes(owner_client) and SEVEN_OH in _api_codes(owner_client)
    assert api.delete(path).status_code == 204
    assert SEVEN_OH not in _codes(owner_client) and SEVEN_OH not in _api_codes(owner_client)


def test_import_and_delete_all(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    assert SEVEN_OH not in _codes(owner_client)
    when = (timezone.now() - dt.timedelta(hours=1)).isoformat(timespec="seconds")
    text = (
        "taken_at,substance,form,amount,unit,craving,mood,note\n"
        f"{when},seven_oh,seven_oh_product,1,tablet,,,\n"
    )
    upload = SimpleUploadedFile("journal.csv", text.encode())
    assert owner_client.post("/journal/import/", {"file": upload}).status_code == 302
    assert SEVEN_OH in _codes(owner_client)
    form = {"password": "correct horse battery staple 1", "confirm": "on"}
    assert owner_client.post("/journal/delete-my-data/", form).status_code == 302
    assert not Entry.all_objects.filter(owner=owner).exists()
    assert SEVEN_OH not in _codes(owner_client)


def test_a_second_read_comes_from_the_cache(owner, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    _seven_oh(owner)
    first = cached.page_analysis(owner)
    # The stamp (two seeks) and the settings: no entry is read again.
    with django_assert_max_num_queries(3):
        again = cached.page_analysis(owner)
    assert again == first and again.entries == 1


def test_page_analysis_keeps_only_the_days_pages_draw(owner) -> None:  # type: ignore[no-untyped-def]
    now = timezone.now()
    for days_ago in (0, 1, cached.PAGE_DAYS - 1, cached.PAGE_DAYS, 400):
        Entry.objects.create(owner=owner, amount=Decimal(2), taken_at=now - dt.timedelta(days_ago))
    result = cached.page_analysis(owner)
    today = result.today
    assert sorted((today - day).days for day in result.days) == [0, 1, cached.PAGE_DAYS - 1]
    assert (result.entries, result.days_used) == (5, 5)
