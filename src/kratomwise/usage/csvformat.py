"""The journal CSV format, shared by export, import and ``kratomwise analyze``.

Header ``taken_at,substance,form,amount,unit,craving,mood,note``; ``taken_at`` is ISO 8601 with
an offset; ``craving``, ``mood`` and ``note`` may be empty. Rows are numbered as a spreadsheet
shows them: the header is row 1, the first entry row 2. Cells a spreadsheet would run as a
formula are exported with a leading apostrophe, which import removes (``kratomwise.csvsafe``), so
an export imports back unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Iterable

from kratomwise import csvsafe
from kratomwise.dates import check_date
from kratomwise.usage.model import (
    FORMS,
    MAX_AMOUNT,
    MIN_AMOUNT,
    UNITS,
    Entry,
    EntryError,
    normalise_substance,
)

COLUMNS = ("taken_at", "substance", "form", "amount", "unit", "craving", "mood", "note")


class FormatError(ValueError):
    """A file that cannot be read as journal entries. Nothing from it should be used."""

    def __init__(
        self, reason: str, row: int | None = None, column: str | None = None, *, unit: str = "row"
    ) -> None:
        self.row, self.column, self.reason = row, column, reason
        where = []
        if row is not None:
            where.append(f"{unit} {row}")
        if column is not None:
            where.append(f"{'column' if unit == 'row' else 'field'} {column}")
        super().__init__(f"{', '.join(where)}: {reason}" if where else reason)


def parse_datetime(text: str) -> dt.datetime:
    """ISO 8601 with an offset (``Z`` allowed); raises ValueError with a readable reason."""
    value = text.strip()
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date and time") from None
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time-zone offset (add e.g. +00:00)")
    check_date(parsed.date())
    return parsed


def _ascii_number(value: str) -> str:
    # float() and int() read other scripts' digits ("٣" is 3); a journal file writes 0-9.
    if not value.isascii():
        raise ValueError(f"{value!r} must be written with the digits 0-9")
    return value


def parse_amount(text: str) -> float:
    value = _ascii_number(text.strip())
    try:
        amount = float(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a number (use a dot for decimals)") from None
    if not math.isfinite(amount) or amount <= 0:
        raise ValueError(f"{value!r} must be a number greater than 0")
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        raise ValueError(f"{value!r} must be between {MIN_AMOUNT:g} and {MAX_AMOUNT:g}")
    return amount


def parse_score(text: str) -> int | None:
    value = _ascii_number(text.strip())
    if not value:
        return None
    try:
        score = int(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a whole number from 0 to 10") from None
    if not 0 <= score <= 10:
        raise ValueError(f"{value!r} is not a whole number from 0 to 10")
    return score


def _choice(text: str, allowed: tuple[str, ...]) -> str:
    value = text.strip().lower()
    if value not in allowed:
        raise ValueError(f"{text.strip()!r} is not one of {', '.join(allowed)}")
    return value


def entry_from_fields(fields: dict[str, str], row: int | None = None, unit: str = "row") -> Entry:
    """One entry from text fields, or FormatError naming the row and column."""
    parsers = {
        "taken_at": parse_datetime,
        "substance": lambda s: _nonempty(normalise_substance(s)),
        "form": lambda s: _choice(s, FORMS),
        "amount": parse_amount,
        "unit": lambda s: _choice(s, UNITS),
        "craving": parse_score,
        "mood": parse_score,
    }
    values: dict[str, object] = {}
    for column, parse in parsers.items():
        try:
            values[column] = parse(fields.get(column, ""))
        except ValueError as exc:
            raise FormatError(str(exc), row, column, unit=unit) from None
    note = values["note"] = fields.get("note", "") or ""
    if "\x00" in note:
        raise FormatError("contains a NUL character", row, "note", unit=unit)
    try:
        return Entry(**values)  # type: ignore[arg-type]
    except EntryError as exc:
        raise FormatError(exc.message, row, exc.field, unit=unit) from None


def _nonempty(value: str) -> str:
    if not value:
        raise ValueError("is empty")
    if not value.isprintable():
        raise ValueError(f"{value!r} contains control characters")
    return value


def parse_csv(text: str) -> list[Entry]:
    """Every entry in ``text``, or FormatError for the first bad row (nothing is returned)."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise FormatError("the file is empty; expected the header " + ",".join(COLUMNS), 1)
        names = [h.strip().lower() for h in header]
        missing = [c for c in COLUMNS if c not in names]
        if missing:
            raise FormatError(
                f"missing column(s) {', '.join(missing)}; expected " + ",".join(COLUMNS), 1
            )
        extra = [n for n in names if n not in COLUMNS]
        if extra or len(names) != len(set(names)):
            raise FormatError(
                f"unexpected or repeated column(s) {', '.join(extra) or 'in header'}", 1
            )
        entries: list[Entry] = []
        for number, record in enumerate(reader, start=2):
            if not record or all(not cell.strip() for cell in record):
                continue
            if len(record) != len(names):
                raise FormatError(f"expected {len(names)} fields, found {len(record)}", number)
            cells = [csvsafe.read_cell(cell) for cell in record]
            entries.append(entry_from_fields(dict(zip(names, cells, strict=True)), number))
    except csv.Error as exc:
        raise FormatError(f"not valid CSV ({exc})", reader.line_num or None) from None
    return entries


def format_amount(amount: float) -> str:
    return format(amount, ".15g")


def format_datetime(value: dt.datetime) -> str:
    return value.isoformat(timespec="microseconds" if value.microsecond else "seconds")


def entry_row(entry: Entry) -> list[str]:
    return [
        format_datetime(entry.taken_at),
        entry.substance,
        entry.form,
        format_amount(entry.amount),
        entry.unit,
        "" if entry.craving is None else str(entry.craving),
        "" if entry.mood is None else str(entry.mood),
        entry.note,
    ]


def format_csv(entries: Iterable[Entry]) -> str:
    """The CSV text for ``entries`` (header first, oldest entry first)."""
    out = io.StringIO()
    writer = csvsafe.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in sorted(entries, key=lambda e: e.taken_at):
        writer.writerow(entry_row(entry))
    return out.getvalue()
