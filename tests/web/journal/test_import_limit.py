"""The import limit, set from measured cost (benchmarks/journal_import.py): 10,000 rows."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kratomwise.usage import formats
from kratomwise.web.journal.models import Entry

pytestmark = pytest.mark.django_db


def test_one_row_over_the_limit_imports_nothing(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    assert formats.MAX_ENTRIES == 10_000
    rows = [
        f"2026-11-01T08:{k % 60:02d}:00+00:00,kratom,leaf_powder,{1 + k},g,,,x"
        for k in range(10_001)
    ]
    text = "taken_at,substance,form,amount,unit,craving,mood,note\n" + "\n".join(rows) + "\n"
    assert len(text) < formats.MAX_CHARS
    upload = SimpleUploadedFile("journal.csv", text.encode())
    response = owner_client.post("/journal/import/", {"file": upload})
    assert response.status_code == 400
    assert (
        "the file has 10,001 entries; at most 10,000 can be read at once"
        in response.content.decode()
    )
    assert not Entry.objects.filter(owner=owner).exists()
