"""Daily check-ins: what the person reports, plus optional clinical signals of that day."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from kratomwise.dates import date_problem
from kratomwise.i18n import _
from kratomwise.taper.rules import MAX_AMOUNT

CSV_COLUMNS: tuple[str, ...] = ("date", "withdrawal", "craving", "amount_taken", "pause")
WITHDRAWAL_MAX = 64  # SOWS total (16 items x 0-4); a 0-10 rating fits inside
CRAVING_MAX = 10


class CheckinError(ValueError):
    """A check-in value or file is malformed; nothing is used."""


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One day's check-in.

    ``withdrawal`` is the SOWS total (0-64) or, before SOWS is available, a 0-10 rating;
    ``craving`` is the 0-10 craving rating. The clinical fields are filled by the caller from
    the person's instruments of that day: ``cows_total`` is the latest clinician COWS within the
    24 h before the check-in, ``triage_level``/``triage_rules`` today's triage result, and
    ``phq9_item9`` the latest PHQ-9 item 9 answer.
    """

    day: dt.date
    withdrawal: int | None = None
    craving: int | None = None
    amount_taken: Decimal | None = None
    pause: bool = False
    cows_total: int | None = None
    triage_level: str | None = None
    triage_rules: frozenset[str] = field(default_factory=frozenset)
    phq9_item9: int | None = None

    def __post_init__(self) -> None:
        _check_int("withdrawal", self.withdrawal, WITHDRAWAL_MAX)
        _check_int("craving", self.craving, CRAVING_MAX)
        if self.amount_taken is not None and not (
            self.amount_taken.is_finite() and 0 <= self.amount_taken <= MAX_AMOUNT
        ):
            raise CheckinError(
                _("amount_taken must be a number from 0 to {top}").format(top=MAX_AMOUNT)
            )


def _check_int(name: str, value: int | None, top: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
        raise CheckinError(
            _("{name} must be a whole number from 0 to {top}").format(name=name, top=top)
        )


def _int_cell(text: str, name: str, top: int, line: int) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise CheckinError(
            _("line {line}: {name} '{value}' is not a whole number").format(
                line=line, name=name, value=text
            )
        ) from None
    if not 0 <= value <= top:
        raise CheckinError(
            _("line {line}: {name} must be from 0 to {top}").format(line=line, name=name, top=top)
        )
    return value


def _pause_cell(text: str, line: int) -> bool:
    value = text.strip().lower()
    if value in ("", "no"):
        return False
    if value == "yes":
        return True
    raise CheckinError(
        _("line {line}: pause must be 'yes' or empty, not '{value}'").format(line=line, value=text)
    )


def parse_checkins_csv(text: str) -> list[CheckIn]:
    """Parse ``date,withdrawal,craving,amount_taken,pause`` rows (header required).

    Empty cells are allowed. Rows come back sorted by date; for a date given twice the later row
    wins. Any malformed row raises :class:`CheckinError` naming its line.
    """
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    rows = list(reader)
    if not rows:
        return []
    header = tuple(cell.strip().lower() for cell in rows[0])
    if header != CSV_COLUMNS:
        raise CheckinError(
            _("check-ins file must start with the header {header}").format(
                header=",".join(CSV_COLUMNS)
            )
        )
    by_day: dict[dt.date, CheckIn] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(CSV_COLUMNS):
            raise CheckinError(
                _("line {line}: expected {n} columns").format(line=number, n=len(CSV_COLUMNS))
            )
        date_text, withdrawal, craving, amount, pause = row
        try:
            day = dt.date.fromisoformat(date_text.strip())
        except ValueError:
            raise CheckinError(
                _("line {line}: date '{value}' is not YYYY-MM-DD").format(
                    line=number, value=date_text
                )
            ) from None
        problem = date_problem(day)
        if problem is not None:
            raise CheckinError(_("line {line}: {problem}").format(line=number, problem=problem))
        taken: Decimal | None = None
        if amount.strip():
            try:
                taken = Decimal(amount.strip())
            except InvalidOperation:
                taken = None
            if taken is None or not taken.is_finite() or not 0 <= taken <= MAX_AMOUNT:
                raise CheckinError(
                    _("line {line}: amount_taken '{value}' is not an amount").format(
                        line=number, value=amount
                    )
                )
        by_day[day] = CheckIn(
            day=day,
            withdrawal=_int_cell(withdrawal, "withdrawal", WITHDRAWAL_MAX, number),
            craving=_int_cell(craving, "craving", CRAVING_MAX, number),
            amount_taken=taken,
            pause=_pause_cell(pause, number),
        )
    return [by_day[day] for day in sorted(by_day)]


def sorted_checkins(checkins: Iterable[CheckIn]) -> list[CheckIn]:
    """Sort by day; for a day given twice the later one wins."""
    by_day: dict[dt.date, CheckIn] = {}
    for item in checkins:
        by_day[item.day] = item
    return [by_day[day] for day in sorted(by_day)]
