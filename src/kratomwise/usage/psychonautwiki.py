"""Import of a PsychonautWiki Journal export (the app's "Export file" JSON).

The format, as the app's source defines it (``JournalExport`` in the Android app, which the iOS
app mirrors): ``{"experiences": [{"title", "text", "creationDate", "sortDate", "ingestions":
[{"substanceName", "time", "administrationRoute", "dose", "isDoseAnEstimate", "units", "notes",
"consumerName", "customUnitId", ...}], ...}], "substanceCompanions": [...], "customSubstances":
[...], "customUnits": [{"id", "substanceName", "name", "dose", "unit", "originalUnit", ...}]}``.
Times are milliseconds since 1970 (UTC). ``dose`` is null when unknown; with ``customUnitId`` it
counts custom units, each worth ``customUnits[].dose`` of ``originalUnit``. Ingestions with a
``consumerName`` were logged for someone else and are left out.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from kratomwise.dates import check_date
from kratomwise.usage.csvformat import FormatError
from kratomwise.usage.model import KRATOM, SEVEN_OH, Entry, EntryError, normalise_substance

_MASS = {
    "g": ("g", 1.0),
    "mg": ("mg", 1.0),
    "µg": ("mg", 0.001),
    "μg": ("mg", 0.001),
    "ug": ("mg", 0.001),
    "mcg": ("mg", 0.001),
    "ml": ("ml", 1.0),
}
_COUNT = {
    "capsule": "capsule",
    "capsules": "capsule",
    "cap": "capsule",
    "caps": "capsule",
    "tablet": "tablet",
    "tablets": "tablet",
    "pill": "tablet",
    "pills": "tablet",
    "tab": "tablet",
    "tabs": "tablet",
}
ACCEPTED_UNITS = "g, mg, µg, ml, capsules, tablets or pills"


def looks_like_export(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("experiences"), list)


def map_unit(units: str) -> tuple[str, float] | None:
    """(our unit, factor) for a PsychonautWiki unit string such as ``mg``, ``µg``, ``mg THC``."""
    words = units.strip().split()
    if not words:
        return None
    first = words[0].lower() if words[0] not in ("µg", "μg") else words[0]
    if first in _MASS:
        return _MASS[first]
    if first in _COUNT:
        return _COUNT[first], 1.0
    return None


def _form(substance: str, unit: str) -> str:
    if substance == SEVEN_OH:
        return "seven_oh_product"
    if substance == KRATOM:
        return {"capsule": "capsules", "ml": "tea"}.get(unit, "leaf_powder")
    return "other"


def _time(value: Any, tz: dt.tzinfo) -> dt.datetime:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError("must be a time in milliseconds since 1970")
    try:
        taken_at = dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC).astimezone(tz)
    except (OverflowError, OSError, ValueError):
        raise ValueError("is not a valid time") from None
    check_date(taken_at.date())
    return taken_at


def parse(data: Any, tz: dt.tzinfo = dt.UTC) -> list[Entry]:
    """Entries for the person's own ingestions, or FormatError naming the first bad ingestion.

    ``tz`` is the person's time zone: the export stores UTC instants, and days are counted in
    local time.
    """
    if not looks_like_export(data):
        raise FormatError('not a PsychonautWiki Journal export (no "experiences" list)')
    custom_units: dict[int, dict[str, Any]] = {}
    for unit in data.get("customUnits") or []:
        if isinstance(unit, dict) and isinstance(unit.get("id"), int):
            custom_units[unit["id"]] = unit
    entries: list[Entry] = []
    number = 0
    for e_index, experience in enumerate(data["experiences"], start=1):
        if not isinstance(experience, dict) or not isinstance(
            experience.get("ingestions", []), list
        ):
            raise FormatError("is not an experience object", e_index, unit="experience")
        title = str(experience.get("title") or "").strip() or f"#{e_index}"
        for ingestion in experience.get("ingestions", []):
            number += 1
            entry = _ingestion(ingestion, custom_units, tz, number, title)
            if entry is not None:
                entries.append(entry)
    return entries


def _ingestion(
    item: Any, custom_units: dict[int, dict[str, Any]], tz: dt.tzinfo, number: int, title: str
) -> Entry | None:
    def bad(reason: str, field: str | None = None) -> FormatError:
        return FormatError(f"{reason} (experience {title!r})", number, field, unit="ingestion")

    if not isinstance(item, dict):
        raise bad("is not an ingestion object")
    if str(item.get("consumerName") or "").strip():
        return None  # logged for someone else
    name = item.get("substanceName")
    if not isinstance(name, str) or not name.strip():
        raise bad("has no substance name", "substanceName")
    try:
        taken_at = _time(item.get("time"), tz)
    except ValueError as exc:
        raise bad(str(exc), "time") from None
    dose = item.get("dose")
    if dose is None:
        raise bad(
            f"{name} has no dose (unknown amount); add the amount in the app or remove it", "dose"
        )
    if isinstance(dose, bool) or not isinstance(dose, int | float) or not dose > 0:
        raise bad("dose must be a number greater than 0", "dose")
    units = item.get("units")
    custom_id = item.get("customUnitId")
    counted_in = None  # the custom unit's own unit, e.g. capsule
    if custom_id is not None:
        custom = custom_units.get(custom_id)
        if custom is None:
            raise bad(
                f"refers to custom unit {custom_id}, which is not in the file", "customUnitId"
            )
        counted_in = map_unit(str(custom.get("unit") or ""))
        per_unit = custom.get("dose")
        if isinstance(per_unit, int | float) and not isinstance(per_unit, bool) and per_unit > 0:
            dose, units = dose * per_unit, custom.get("originalUnit") or units
        else:
            units = custom.get("unit") or custom.get("name")
    mapped = map_unit(units) if isinstance(units, str) else None
    if mapped is None:
        raise bad(f"unit {units!r} cannot be mapped; kratomwise accepts {ACCEPTED_UNITS}", "units")
    unit, factor = mapped
    substance = normalise_substance(name)
    notes = item.get("notes")
    try:
        return Entry(
            taken_at=taken_at,
            substance=substance,
            form=_form(substance, counted_in[0] if counted_in else unit),
            amount=round(float(dose) * factor, 4),
            unit=unit,
            note=notes.strip() if isinstance(notes, str) else "",
        )
    except EntryError as exc:
        raise bad(exc.message, exc.field) from None
