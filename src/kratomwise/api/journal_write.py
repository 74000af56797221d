"""Journal writes for token holders: POST /api/journal/entries, PATCH and DELETE
/api/journal/entries/{id}. They validate with the journal page's own form, so the API accepts
exactly what the page accepts. Registered on the journal router (the paths are shared)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from kratomwise.api import idempotency, validation
from kratomwise.api.auth import WRITE_AUTH
from kratomwise.web.accounts.http import AuthedHttpRequest

ERRORS = {401: dict[str, Any], 403: dict[str, Any], 404: dict[str, Any], 422: dict[str, Any]}


class EntryIn(Schema):
    taken_at: dt.datetime | None = Field(
        None, description="When (ISO 8601); without an offset, in your time zone. Default: now."
    )
    substance: str = Field("kratom", max_length=100, description="kratom, seven_oh or a name")
    form: str = Field("leaf_powder", description="leaf_powder, capsules, tea, extract, …")
    amount: Decimal = Field(..., description="The amount, in ``unit``")
    unit: str = Field("g", description="g, mg, capsule, ml or tablet")
    craving: int | None = Field(None, ge=0, le=10)
    mood: int | None = Field(None, ge=0, le=10)
    note: str = Field("", max_length=2000, description="Private; encrypted at rest")


class EntryPatch(Schema):
    taken_at: dt.datetime | None = None
    substance: str | None = Field(None, max_length=100)
    form: str | None = None
    amount: Decimal | None = None
    unit: str | None = None
    craving: int | None = Field(None, ge=0, le=10)
    mood: int | None = Field(None, ge=0, le=10)
    note: str | None = Field(None, max_length=2000)


class EntryWritten(Schema):
    """One journal entry as the API reads and writes it."""

    id: int
    taken_at: str
    substance: str
    form: str
    amount: float
    unit: str
    craving: int | None
    mood: int | None
    note: str


def entry_dict(entry: Any, tz: dt.tzinfo) -> dict[str, Any]:
    return {
        "id": entry.pk,
        "taken_at": entry.taken_at.astimezone(tz).isoformat(),
        "substance": entry.substance,
        "form": entry.form,
        "amount": float(entry.amount),
        "unit": entry.unit,
        "craving": entry.craving,
        "mood": entry.mood,
        "note": entry.note,
    }


def _form_data(values: dict[str, Any], tz: dt.tzinfo) -> dict[str, Any]:
    """The journal form's fields for ``values`` (the API's field names)."""
    from kratomwise import usage

    substance = values.get("substance") or usage.KRATOM
    kind = substance if substance in (usage.KRATOM, usage.SEVEN_OH) else "other"
    taken = values.get("taken_at")
    if isinstance(taken, dt.datetime) and timezone.is_naive(taken):
        taken = taken.replace(tzinfo=tz)
    return {
        "kind": kind,
        "other_name": "" if kind != "other" else substance,
        "amount": values.get("amount"),
        "unit": values.get("unit"),
        "form": values.get("form"),
        "taken_at": taken,
        "craving": values.get("craving"),
        "mood": values.get("mood"),
        "note_text": values.get("note") or "",
    }


def _save(request: AuthedHttpRequest, values: dict[str, Any], entry: Any) -> Any:
    from kratomwise.web.journal.forms import EntryForm
    from kratomwise.web.journal.services import user_tz

    tz = user_tz(request.user)
    form = EntryForm(_form_data(values, tz), instance=entry)
    validation.check(form, "entry")
    saved = form.save()
    return entry_dict(saved, tz)


def _own_entry(request: AuthedHttpRequest, entry_id: int) -> Any:
    from kratomwise.web.journal.models import Entry

    entry = Entry.objects.select_for_update().filter(pk=entry_id, owner=request.user).first()
    if entry is None:
        raise HttpError(404, "no such entry")
    return entry


def _note_foreign(request: AuthedHttpRequest, entry_id: int) -> None:
    """Audit an attempt at another person's entry, outside the write's transaction (which the
    404 rolls back)."""
    from kratomwise.web.journal.models import Entry
    from kratomwise.web.programs.owned import note_foreign

    note_foreign(request, Entry, entry_id)


def create_entry(request: AuthedHttpRequest, payload: EntryIn) -> Status[Any]:
    """Log one entry. Send an ``Idempotency-Key`` so a retry never logs it twice."""
    from kratomwise.web.journal.models import Entry

    values = payload.dict()
    return idempotency.run(
        request, lambda: (201, _save(request, values, Entry(owner=request.user)))
    )


def update_entry(request: AuthedHttpRequest, entry_id: int, payload: EntryPatch) -> Status[Any]:
    """Change the fields sent; the others keep their values."""
    _note_foreign(request, entry_id)

    def write() -> tuple[int, Any]:
        from kratomwise.web.journal.services import user_tz

        entry = _own_entry(request, entry_id)
        values = entry_dict(entry, user_tz(request.user))
        values["taken_at"] = entry.taken_at
        values.update(payload.dict(exclude_unset=True))
        return 200, _save(request, values, entry)

    return idempotency.run(request, write)


def delete_entry(request: AuthedHttpRequest, entry_id: int) -> Status[Any]:
    """Delete an entry (it can be restored from the journal page for 30 days)."""
    _note_foreign(request, entry_id)

    def write() -> tuple[int, None]:
        entry = _own_entry(request, entry_id)
        entry.deleted_at = timezone.now()
        entry.save(update_fields=["deleted_at"])
        return 204, None

    return idempotency.run(request, write)


def register(router: Router) -> None:
    """Add the write operations to the journal router (they share its paths)."""
    router.post(
        "/entries",
        response={201: EntryWritten, 200: EntryWritten, **ERRORS},
        auth=WRITE_AUTH,
        summary="Log an entry",
    )(create_entry)
    router.patch(
        "/entries/{entry_id}",
        response={200: EntryWritten, **ERRORS},
        auth=WRITE_AUTH,
        summary="Change an entry",
    )(update_entry)
    router.delete(
        "/entries/{entry_id}",
        response={204: None, **ERRORS},
        auth=WRITE_AUTH,
        summary="Delete an entry",
    )(delete_entry)
