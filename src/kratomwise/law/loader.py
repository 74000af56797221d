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
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from urllib.parse import urlsplit

from kratomwise.knowledge.sources import is_commercial, split_urls
from kratomwise.law.model import (
    Confidence,
    LawRow,
    Level,
    PartialDate,
    SevenOh,
    Status,
)
from kratomwise.law.places import code_errors
from kratomwise.law.summaries import Summary, packaged_summaries, summary_problem

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

MIN_AGE_RANGE = (1, 99)


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


def _enum_value(enum_cls: type[Status | SevenOh | Level | Confidence], value: str) -> str | None:
    cleaned = value.strip().lower()
    return cleaned if cleaned in {member.value for member in enum_cls} else None


def _url_errors(url: str) -> list[str]:
    parts = urlsplit(url)
    glued = re.search(r"[;,]\s*https?://", url) is not None  # URLs not separated by " ; "
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url or glued:
        return [f"source URL {url!r} is not an http(s) URL (separate URLs with ' ; ')"]
    return []


def _row_from_record(
    record: dict[str, str], where: str, summaries: Mapping[str, Summary]
) -> tuple[LawRow | None, list[str], list[str]]:
    """Clean one CSV record into a row; return the row (None if unusable), errors, warnings."""
    cell = {key: (record.get(key) or "").strip() for key in COLUMNS}
    errors: list[str] = []

    base, sep, local = cell["jurisdiction_code"].partition(":")
    code = f"{base.strip().upper()}{sep}{local.strip().lower()}"
    level = _enum_value(Level, cell["level"])
    if not code:
        errors.append("jurisdiction_code is empty")
    elif level is None:
        errors.append(f"level {cell['level']!r} is not one of country, state, county, city")
    else:
        errors.extend(code_errors(code, level))
    if not cell["jurisdiction_name"]:
        errors.append("jurisdiction_name is empty")

    kratom = _enum_value(Status, cell["kratom_status"])
    if kratom is None:
        errors.append(
            f"kratom_status {cell['kratom_status']!r} is not one of "
            "legal, regulated, restricted, banned, unclear"
        )
    seven_oh = _enum_value(SevenOh, cell["seven_oh_status"])
    if seven_oh is None:
        errors.append(
            f"seven_oh_status {cell['seven_oh_status']!r} is not one of "
            "same, restricted, banned, unclear"
        )

    min_age: int | None = None
    if cell["min_age"]:
        try:
            min_age = int(cell["min_age"])
        except ValueError:
            errors.append(f"min_age {cell['min_age']!r} is not a whole number")
        else:
            low, high = MIN_AGE_RANGE
            if not low <= min_age <= high:
                errors.append(f"min_age {min_age} is outside {low}-{high}")

    effective: PartialDate | None = None
    if cell["effective_date"]:
        try:
            effective = PartialDate.parse(cell["effective_date"])
        except ValueError:
            errors.append(f"effective_date {cell['effective_date']!r} is not YYYY[-MM[-DD]]")
    as_of: PartialDate | None = None
    if not cell["as_of"]:
        errors.append("as_of is empty (every row needs an as-of date)")
    else:
        try:
            as_of = PartialDate.parse(cell["as_of"])
        except ValueError:
            errors.append(f"as_of {cell['as_of']!r} is not YYYY[-MM[-DD]]")

    confidence = _enum_value(Confidence, cell["confidence"])
    if confidence is None:
        errors.append(
            f"confidence {cell['confidence']!r} is not one of high, medium, low, unverified"
        )

    urls = tuple(split_urls(cell["source_url"].replace("\n", " ")))
    if not urls:
        errors.append("source_url is empty (every row needs a source)")
    for url in urls:
        errors.extend(_url_errors(url))
    warnings: list[str] = []
    if urls and all(is_commercial(url) for url in urls) and confidence not in (None, "unverified"):
        # A seller's page is never evidence on its own: the row is read as unverified.
        warnings.append(
            f"every source is a seller's page; confidence {confidence!r} is read as 'unverified'"
        )
        confidence = "unverified"

    errors = [f"{where}: {message}" for message in errors]
    warnings = [f"{where}: {message}" for message in warnings]
    if errors or level is None or kratom is None or seven_oh is None or as_of is None:
        return None, errors, warnings
    assert confidence is not None
    summary = summaries.get(code) if cell["requirements"] else None
    row = LawRow(
        code=code,
        name=cell["jurisdiction_name"],
        level=Level(level),
        kratom_status=Status(kratom),
        seven_oh_raw=SevenOh(seven_oh),
        min_age=min_age,
        # Our own-words summary, never the reference's text ("" until one is written).
        requirements=summary.text if summary else "",
        requirements_brief=summary.brief if summary else "",
        law_reference=" ".join(cell["law_reference"].split()),
        effective_date=effective,
        as_of=as_of,
        confidence=Confidence(confidence),
        source_urls=urls,
    )
    return row, [], warnings


@dataclass(frozen=True)
class CsvCheck:
    """What parsing a CSV found: usable rows, errors (the file must not be packaged) and
    warnings (cleaning the loader applies, e.g. seller-only sources read as unverified)."""

    rows: tuple[LawRow, ...]
    errors: tuple[str, ...]
    warnings: tuple[str, ...]


def check_csv(text: str, summaries: Mapping[str, Summary] | None = None) -> CsvCheck:
    """Parse CSV text into rows and report every problem found.

    ``summaries`` defaults to the packaged requirements.yaml; a row whose summary is missing
    or was written for a different requirements cell is an error here.
    """
    if summaries is None:
        try:
            summaries = packaged_summaries()
        except ValueError as exc:
            rows, errors, warnings, _stale = _parse(text, {})
            return CsvCheck(tuple(rows), (*errors, str(exc)), tuple(warnings))
    rows, errors, warnings, stale = _parse(text, summaries)
    return CsvCheck(tuple(rows), (*errors, *stale), tuple(warnings))


def _parse(
    text: str, summaries: Mapping[str, Summary]
) -> tuple[list[LawRow], list[str], list[str], list[str]]:
    """Rows, errors, warnings and summary problems (kept apart: ``load`` tolerates them)."""
    text = text.removeprefix("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in (reader.fieldnames or [])]
    if not header:
        return [], ["the file is empty (no header line)"], [], []
    missing = [name for name in COLUMNS if name not in header]
    extra = [name for name in header if name not in COLUMNS]
    errors: list[str] = []
    if missing:
        errors.append(f"header: missing column(s): {', '.join(missing)}")
    if extra:
        errors.append(f"header: unknown column(s): {', '.join(extra)}")
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
                errors.append(f"line {line}: more cells than columns")
            raw_code = (record.get("jurisdiction_code") or "").strip()
            where = f"line {line} ({raw_code or '?'})"
            row, row_errors, row_warnings = _row_from_record(record, where, summaries)
            if row is not None:
                problem = summary_problem(row.code, record.get("requirements") or "", summaries)
                if problem:
                    stale.append(f"{where}: {problem}")
            errors.extend(row_errors)
            warnings.extend(row_warnings)
            key = (row.code if row else raw_code).lower()
            if key and key in seen:
                errors.append(
                    f"line {line} ({raw_code}): duplicate code (first on line {seen[key]})"
                )
            seen.setdefault(key, line)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        errors.append(f"line {reader.line_num}: unreadable CSV ({exc})")
    if not rows and not errors:
        errors.append("the file has a header but no rows")
    return rows, errors, warnings, stale


def validate_csv(text: str, summaries: Mapping[str, Summary] | None = None) -> list[str]:
    """Every problem in a legal-status CSV, one message each (empty list: the file is fine)."""
    return list(check_csv(text, summaries).errors)


def packaged_text() -> str:
    path = resources.files("kratomwise.law").joinpath("data/legal_status.csv")
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
