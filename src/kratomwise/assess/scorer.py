"""The one scorer shared by every instrument definition."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kratomwise.assess.instruments import INSTRUMENTS
from kratomwise.assess.model import (
    IncompleteResponse,
    Instrument,
    InvalidValue,
    Result,
    UnknownInstrument,
)
from kratomwise.i18n import _


def get_instrument(instrument_id: str) -> Instrument:
    try:
        return INSTRUMENTS[instrument_id]
    except KeyError:
        raise UnknownInstrument(
            f"unknown instrument {instrument_id!r}; choose one of {', '.join(INSTRUMENTS)}"
        ) from None


def _check_value(instrument: Instrument, index: int, value: object) -> int | None:
    item = instrument.items[index]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(
            f"{instrument.short_name} item {index + 1} ({item.id}): {value!r} is not a whole "
            f"number; allowed: {', '.join(map(str, item.allowed))}",
            item.id,
        )
    if value not in item.allowed:
        raise InvalidValue(
            f"{instrument.short_name} item {index + 1} ({item.id}): {value} is not allowed; "
            f"allowed: {', '.join(map(str, item.allowed))}",
            item.id,
        )
    return value


def _as_sequence(instrument: Instrument, answers: object) -> list[object]:
    if isinstance(answers, Mapping):
        unknown = [k for k in answers if k not in {i.id for i in instrument.items}]
        if unknown:
            raise InvalidValue(
                f"{instrument.short_name}: unknown item id(s): {', '.join(map(str, unknown))}"
            )
        return [answers.get(item.id) for item in instrument.items]
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise InvalidValue(f"{instrument.short_name}: answers must be a list of whole numbers")
    values = list(answers)
    if len(values) > len(instrument.items):
        raise InvalidValue(
            f"{instrument.short_name} has {len(instrument.scored_items)} items "
            f"({len(instrument.items)} with the optional question); got {len(values)} answers"
        )
    return values + [None] * (len(instrument.items) - len(values))


def score(
    instrument_id: str,
    answers: Sequence[int | None] | Mapping[str, int | None],
) -> Result:
    """Score one completed instrument.

    ``answers`` lists item points in item order (optional unscored items may be left off), or
    maps item ids to points. Raises :class:`InvalidValue` for a value an item does not allow
    (or a non-integer), :class:`IncompleteResponse` when a required item has no answer.
    Nothing is scored unless every required item is valid.
    """
    instrument = get_instrument(instrument_id)
    values = _as_sequence(instrument, answers)
    checked = [_check_value(instrument, i, v) for i, v in enumerate(values)]
    missing = tuple(
        item.id
        for item, value in zip(instrument.items, checked, strict=True)
        if item.scored and value is None
    )
    if missing:
        raise IncompleteResponse(
            f"{instrument.short_name} needs an answer for every item; missing: "
            f"{', '.join(missing)} ({len(instrument.scored_items)} answers expected)",
            missing,
        )
    answered = {
        item.id: value
        for item, value in zip(instrument.items, checked, strict=True)
        if value is not None
    }
    total = sum(answered[item.id] for item in instrument.scored_items)
    band = instrument.band_for(total)
    if instrument.has_bands and band is None:  # definitions are tested; this cannot happen
        raise InvalidValue(f"{instrument.short_name}: total {total} falls in no band")
    band_id = band.id if band else None
    flags = tuple(
        dict.fromkeys(f.id for f in instrument.flags if f.raised(total, band_id, answered))
    )
    interpretation = band.interpretation if band else instrument.no_band_interpretation
    safety = instrument.safety_flag_id is not None and instrument.safety_flag_id in flags
    lead = [instrument.safety_message] if safety and instrument.safety_message else []
    interpretation = " ".join([*lead, interpretation, *instrument.notes])
    codes = tuple(code for flag, code in instrument.triage_codes if flag in flags)
    return Result(
        instrument=instrument.id,
        total=total,
        band=band_id,
        band_label=band.label if band else None,
        safety_flag=safety,
        flags=flags,
        interpretation=interpretation,
        source=instrument.source,
        answers=tuple(answered.items()),
        triage_codes=codes,
        treatment_options=band_id is not None and band_id in instrument.treatment_bands,
        max_total=instrument.max_total,
        loinc_total=instrument.loinc_total,
    )


def safety_item_positive(
    instrument_id: str, answers: Mapping[str, int | None] | Sequence[int | None]
) -> bool:
    """True when the instrument's safety item (PHQ-9 item 9) is answered above its cut-off,
    whether or not the other items are answered: safety routing never waits for a score."""
    instrument = get_instrument(instrument_id)
    flag = next((f for f in instrument.flags if f.id == instrument.safety_flag_id), None)
    if flag is None or flag.item_id is None or flag.item_above is None:
        return False
    if isinstance(answers, Mapping):
        value = answers.get(flag.item_id)
    else:
        index = [i.id for i in instrument.items].index(flag.item_id)
        value = answers[index] if index < len(answers) else None
    return isinstance(value, int) and not isinstance(value, bool) and value > flag.item_above


def change_from_previous(current: Result | int, previous: Result | int | None) -> int | None:
    """``current − previous`` total (SOWS, craving trends); None without an earlier result."""
    if previous is None:
        return None
    now = current.total if isinstance(current, Result) else current
    before = previous.total if isinstance(previous, Result) else previous
    return now - before


def parse_answers(text: str) -> list[int]:
    """Parse "1,0,2" (CLI form) into integers; raises InvalidValue naming the bad position."""
    parts = [p.strip() for p in text.split(",")] if text.strip() else []
    values: list[int] = []
    for pos, part in enumerate(parts, start=1):
        try:
            values.append(int(part))
        except ValueError:
            raise InvalidValue(
                _("answer {pos} ({part!r}) is not a whole number").format(pos=pos, part=part)
            ) from None
    return values
