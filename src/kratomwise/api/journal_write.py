"""Journal writes for token holders: POST /api/journal/entries, PATCH and DELETE
/api/journal/entries/{id}. They validate with the journal page's own form, so the API accepts
exactly what the page accepts. Registered on the journal router (the paths are shared)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict, model_validator

from kratomwise.api import idempotency, validation
from kratomwise.api.auth import WRITE_AUTH
from kratomwise.api.dates import datetime_field
from kratomwise.api.errors import NOT_JSON, explain_pattern, responses
from kratomwise.api.params import Number, Rating
from kratomwise.api.shapes import schema
from kratomwise.usage import model as usage
from kratomwise.web.accounts.http import AuthedHttpRequest

Form = Literal[usage.FORMS]  # type: ignore[valid-type]
Unit = Literal[usage.UNITS]  # type: ignore[valid-type]
# A substance name: not blank, no NUL (the journal form's rules).
NAME_PATTERN = explain_pattern(
    r"^[^\x00]*[^\s\x00][^\x00]*$", lambda _v: "must name the substance (no NUL characters)"
)
NOTE_PATTERN = explain_pattern(r"^[^\x00]*$", lambda _v: "must not contain NUL characters")
AMOUNT_TEXT = (
    f"The amount, in ``unit``, from {usage.MIN_AMOUNT:g} to {usage.MAX_AMOUNT:g}; kept to 4 "
    "decimal places"
)
# A 7-OH product is never leaf powder (the journal form refuses it), stated in the schema too.
SEVEN_OH_LEAF = "a 7-OH product is not leaf powder: choose the form seven_oh_product"
_SEVEN_OH_LEAF: dict[str, Any] = {
    "not": {
        "properties": {"substance": {"const": usage.SEVEN_OH}, "form": {"const": "leaf_powder"}},
        "required": ["substance", "form"],
    }
}


def _seven_oh_leaf(substance: str | None, form: str | None) -> bool:
    return substance == usage.SEVEN_OH and form == "leaf_powder"


class EntryIn(Schema):
    model_config = ConfigDict(json_schema_extra=_SEVEN_OH_LEAF)

    taken_at: str | None = datetime_field(None, "When; default: now")
    substance: str = Field(
        "kratom",
        max_length=usage.SUBSTANCE_MAX_LENGTH,
        pattern=NAME_PATTERN,
        description="kratom, seven_oh or another substance's name",
    )
    form: Form = "leaf_powder"
    amount: Number = Field(..., ge=usage.MIN_AMOUNT, le=usage.MAX_AMOUNT, description=AMOUNT_TEXT)
    unit: Unit = "g"
    craving: Rating | None = None
    mood: Rating | None = None
    note: str = Field(
        "", max_length=2000, pattern=NOTE_PATTERN, description="Private; encrypted at rest"
    )

    @model_validator(mode="after")
    def _not_seven_oh_leaf(self) -> EntryIn:
        if _seven_oh_leaf(self.substance, self.form):
            raise ValueError(SEVEN_OH_LEAF)
        return self


class EntryPatch(Schema):
    """The fields to change (craving and mood may be set to null to clear them). A change that
    would make a 7-OH product leaf powder conflicts with the entry (409)."""

    # Defaults of None stand for "not sent": these fields cannot be null (hence the ignores).
    taken_at: str = datetime_field(None, "When")
    substance: str = Field(None, max_length=usage.SUBSTANCE_MAX_LENGTH, pattern=NAME_PATTERN)  # type: ignore[assignment]
    form: Form = None
    amount: Number = Field(None, ge=usage.MIN_AMOUNT, le=usage.MAX_AMOUNT, description=AMOUNT_TEXT)  # type: ignore[assignment]
    unit: Unit = None
    craving: Rating | None = None
    mood: Rating | None = None
    note: str = Field(None, max_length=2000, pattern=NOTE_PATTERN)  # type: ignore[assignment]

    @model_validator(mode="before")
    @classmethod
    def _an_object(cls, data: Any) -> Any:
        # ninja reads any value as an object (through its getter); every field here is
        # optional, so a list or a number would pass as "no change" without this.
        if not isinstance(getattr(data, "_obj", data), dict):
            raise ValueError("the body must be a JSON object")
        return data


class _Stored(Schema):
    """One journal entry as the API reads and writes it."""

    id: int


EntryWritten = schema(usage.Entry, "EntryWritten", _Stored)


def entry_dict(entry: Any, tz: dt.tzinfo) -> dict[str, Any]:
    """A stored entry (``web.journal.models.Entry``) in ``tz``."""
    return {"id": entry.pk, **entry.to_core(tz).as_dict()}


def _form_data(values: dict[str, Any], tz: dt.tzinfo) -> dict[str, Any]:
    """The journal form's fields for ``values`` (the API's field names)."""
    from kratomwise.web.journal.models import stored_amount

    substance = values.get("substance") or usage.KRATOM
    kind = substance if substance in (usage.KRATOM, usage.SEVEN_OH) else "other"
    taken = values.get("taken_at")
    if isinstance(taken, str):  # DATETIME_PATTERN: always a date and time Python reads
        taken = dt.datetime.fromisoformat(taken)
    if isinstance(taken, dt.datetime) and timezone.is_naive(taken):
        taken = taken.replace(tzinfo=tz)
    amount = values.get("amount")
    return {
        "kind": kind,
        "other_name": "" if kind != "other" else substance,
        "amount": None if amount is None else stored_amount(amount),
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
        # Valid on its own, the change conflicts with what the entry already is.
        if _seven_oh_leaf(values.get("substance"), values.get("form")):
            raise HttpError(409, SEVEN_OH_LEAF)
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
        response={
            **responses(EntryWritten, NOT_JSON, write=True, status=201),
            200: EntryWritten,
        },
        auth=WRITE_AUTH,
        summary="Log an entry",
    )(create_entry)
    router.patch(
        "/entries/{entry_id}",
        response=responses(EntryWritten, NOT_JSON, 404, 409, write=True),
        auth=WRITE_AUTH,
        summary="Change an entry",
    )(update_entry)
    router.delete(
        "/entries/{entry_id}",
        response=responses(None, 404, write=True, status=204),
        auth=WRITE_AUTH,
        summary="Delete an entry",
    )(delete_entry)
