"""Load and validate the legal-status CSV.

The packaged file ``data/legal_status.csv`` is a byte-identical copy of the reference file so
it can be refreshed by copying; all cleaning (whitespace, letter case, a byte-order mark,
Windows line ends) happens here. ``validate_csv`` runs the same checks the test suite and the
``kratomwise law-validate`` maintainer command use.

People never see the CSV's ``requirements`` wording: a row's ``requirements`` is our own-words
summary from ``data/requirements.yaml`` (see ``summaries``). A summary written for an older
version of the cell is reported by ``validate_csv`` ("summary out of date for <code>") but
still shown by ``load`` so that a refreshed reference never breaks the program.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from kratomwise.knowledge.sources import is_commercial
from kratomwise.law.model import Confidence, LawRow, PartialDate
from kratomwise.law.summaries import Summary, packaged_summaries, summary_problem
from kratomwise.text import collapse_spaces

FILE_NAME = "legal_status.csv"  # errors name the file; law-validate passes the one it checks
COLUMNS = (
    "jurisdiction_code",
    "jurisdiction_name",
    "level",
    "kratom_status",
    "seven_oh_status",
    "min_age",
    "requirements",
    "law_reference",
    "effective_date",
    "as_of",
    "confidence",
    "source_url",
)


class LawDataError(ValueError):
    """The legal-status data failed validation; ``errors`` lists every problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} error(s) in legal-status data: " + "; ".join(errors[:5]))


@dataclass(frozen=True)
class LawData:
    """The whole data set, indexed by code."""

    rows: tuple[LawRow, ...]

    @cached_property
    def by_code(self) -> dict[str, LawRow]:
        return {row.code: row for row in self.rows}

    @property
    def newest_as_of(self) -> PartialDate:
        """The most recent as-of date in the data set ("2026" counts as 1 January 2026)."""
        return max((row.as_of for row in self.rows), key=lambda d: (d.start, len(d.text)))

    def get(self, code: str) -> LawRow | None:
        return self.by_code.get(code)


def _row_from_record(
    record: dict[str, str], where: str, summaries: Mapping[str, Summary]
) -> tuple[LawRow | None, list[str], list[str]]:
    """Clean one CSV record into a row; return the row (None if unusable), errors, warnings."""
    from kratomwise.datamodel import ValidationError, error_lines
    from kratomwise.law.record import LawRecord

    try:
        cell = LawRecord.model_validate({key: (record.get(key) or "").strip() for key in COLUMNS})
    except ValidationError as exc:
        return None, error_lines(exc, where), []
    confidence = cell.confidence
    warnings: list[str] = []
    if all(is_commercial(url) for url in cell.source_url) and confidence != Confidence.unverified:
        # A seller's page is never evidence on its own: the row is read as unverified.
        warnings.append(
            f"{where}: every source is a seller's page; "
            f"confidence {confidence.value!r} is read as 'unverified'"
        )
        confidence = Confidence.unverified
    summary = summaries.get(cell.jurisdiction_code) if cell.requirements else None
    row = LawRow(
        code=cell.jurisdiction_code,
        name=cell.jurisdiction_name,
        level=cell.level,
        kratom_status=cell.kratom_status,
        seven_oh_raw=cell.seven_oh_status,
        min_age=cell.min_age,
        # Our own-words summary, never the reference's text ("" until one is written).
        requirements=summary.text if summary else "",
        requirements_brief=summary.brief if summary else "",
        law_reference=collapse_spaces(cell.law_reference),
        effective_date=cell.effective_date,
        as_of=cell.as_of,
        confidence=confidence,
        source_urls=cell.source_url,
    )
    return row, [], warnings


@dataclass(frozen=True)
class CsvCheck:
    """What parsing a CSV found: usable rows, errors (the file must not be packaged) and
    warnings (cleaning the loader applies, e.g. seller-only sources read as unverified)."""

    rows: tuple[LawRow, ...]
    errors: tuple[str, ...]
    warnings: tuple[str, ...]


def check_csv(
    text: str, summaries: Mapping[str, Summary] | None = None, source: str = FILE_NAME
) -> CsvCheck:
    """Parse CSV text into rows and report every problem found, each naming ``source``
    (the file), the line and the column.

    ``summaries`` defaults to the packaged requirements.yaml; a row whose summary is missing
    or was written for a different requirements cell is an error here.
    """
    if summaries is None:
        try:
            summaries = packaged_summaries()
        except ValueError as exc:
            rows, errors, warnings, _stale = _parse(text, {}, source)
            return CsvCheck(tuple(rows), (*errors, str(exc)), tuple(warnings))
    rows, errors, warnings, stale = _parse(text, summaries, source)
    return CsvCheck(tuple(rows), (*errors, *stale), tuple(warnings))


def _parse(
    text: str, summaries: Mapping[str, Summary], source: str = FILE_NAME
) -> tuple[list[LawRow], list[str], list[str], list[str]]:
    """Rows, errors, warnings and summary problems (kept apart: ``load`` tolerates them)."""
    text = text.removeprefix("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in (reader.fieldnames or [])]
    if not header:
        return [], [f"{source}: the file is empty (no header line)"], [], []
    missing = [name for name in COLUMNS if name not in header]
    extra = [name for name in header if name not in COLUMNS]
    errors: list[str] = []
    if missing:
        errors.append(f"{source} header: missing column(s): {', '.join(missing)}")
    if extra:
        errors.append(f"{source} header: unknown column(s): {', '.join(extra)}")
    if errors:
        return [], errors, [], []
    reader.fieldnames = header

    rows: list[LawRow] = []
    warnings: list[str] = []
    stale: list[str] = []
    seen: dict[str, int] = {}
    try:
        for record in reader:
            line = reader.line_num
            if None in record:
                errors.append(f"{source} line {line}: more cells than columns")
            raw_code = (record.get("jurisdiction_code") or "").strip()
            where = f"{source} line {line} ({raw_code or '?'})"
            row, row_errors, row_warnings = _row_from_record(record, where, summaries)
            if row is not None:
                problem = summary_problem(row.code, record.get("requirements") or "", summaries)
                if problem:
                    stale.append(f"{where}: {problem}")
            errors.extend(row_errors)
            warnings.extend(row_warnings)
            key = (row.code if row else raw_code).lower()
            if key and key in seen:
                errors.append(f"{where}: duplicate code (first on line {seen[key]})")
            seen.setdefault(key, line)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        errors.append(f"{source} line {reader.line_num}: unreadable CSV ({exc})")
    if not rows and not errors:
        errors.append(f"{source}: the file has a header but no rows")
    return rows, errors, warnings, stale


def validate_csv(
    text: str, summaries: Mapping[str, Summary] | None = None, source: str = FILE_NAME
) -> list[str]:
    """Every problem in a legal-status CSV, one message each (empty list: the file is fine)."""
    return list(check_csv(text, summaries, source).errors)


def packaged_text() -> str:
    path = resources.files("kratomwise.law").joinpath(f"data/{FILE_NAME}")
    return path.read_text(encoding="utf-8")


@cache
def load() -> LawData:
    """The packaged data set (validated; raises LawDataError if the packaged file is bad).

    Summary problems do not stop loading: an out-of-date summary is still shown (the test
    suite and ``law-validate`` catch it), and a row without one shows no requirements text.
    """
    try:
        summaries: Mapping[str, Summary] = packaged_summaries()
    except (OSError, ValueError):
        summaries = {}
    rows, errors, _warnings, _stale = _parse(packaged_text(), summaries)
    if errors:
        raise LawDataError(errors)
    return LawData(rows=tuple(rows))
