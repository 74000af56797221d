"""Crisis and care resources (emergency numbers, poison control, crisis and drug help lines).

The packaged ``data/crisis_resources.csv`` is a byte-identical copy of the project reference so it
is easy to refresh; all cleaning happens here. Country ``ZZ`` holds the international fallback
(112 on mobiles, a helpline directory), used when a country has no row of a kind.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources as _resources
from typing import Any, ClassVar

import pycountry

from kratomwise.i18n import DEFAULT_LANGUAGE, _, get_language
from kratomwise.i18n.countries import country_name as localized_country
from kratomwise.i18n.languages import LOCAL_COUNTRIES
from kratomwise.knowledge.sources import is_commercial
from kratomwise.shapes import Shaped

INTERNATIONAL = "ZZ"
# Lines whose texts data.po translates: the international fallback everyone may be shown, and
# those of the countries whose language kratomwise speaks.
TRANSLATED_LINES = LOCAL_COUNTRIES | {INTERNATIONAL}

# Closed list of kinds, in the order a page shows them (the emergency lines first). The ambulance
# (EMS) line comes before the general emergency line: where a country lists both, the general one
# is often the police (Thailand: EMS 1669, police 191), and this app's emergencies are medical.
KINDS: tuple[str, ...] = (
    "ambulance",
    "emergency",
    "poison_control",
    "suicide_crisis",
    "mental_health_helpline",
    "substance_use_helpline",
    "treatment_locator",
    "naloxone_access",
)
EMERGENCY_KINDS: tuple[str, ...] = ("ambulance", "emergency", "poison_control")
MEDICAL_EMERGENCY_KINDS: tuple[str, ...] = ("ambulance", "emergency")
CRISIS_KINDS: tuple[str, ...] = ("suicide_crisis", "mental_health_helpline")
CARE_KINDS: tuple[str, ...] = ("substance_use_helpline", "treatment_locator")

FILE_NAME = "crisis_resources.csv"
COLUMNS: tuple[str, ...] = (
    "country_code",
    "country_name",
    "kind",
    "name",
    "phone",
    "sms",
    "url",
    "hours",
    "languages",
    "notes",
    "source_url",
    "as_of",
)


class ResourceError(ValueError):
    """The packaged resources file is malformed, or a country code is not valid."""


@dataclass(frozen=True, slots=True)
class Resource(Shaped):
    """A help line. ``as_dict()`` is its short form (plans, triage); ``as_full_dict()`` the
    resources list's."""

    JSON: ClassVar[str] = "kind name=name_text phone url"

    country_code: str
    country_name: str
    kind: str
    name: str
    phone: str | None
    sms: str | None
    url: str | None  # None when empty or a seller's site (never linked)
    hours: str | None
    languages: str | None
    notes: str | None
    sources: tuple[str, ...]
    as_of: str  # "YYYY-MM" as recorded

    @property
    def is_international(self) -> bool:
        return self.country_code == INTERNATIONAL

    @property
    def texts_translated(self) -> bool:
        """data.po translates the name, notes, hours and languages of TRANSLATED_LINES' rows;
        False when this row is shown in English to a reader
        of another language."""
        return get_language() == DEFAULT_LANGUAGE or self.country_code in TRANSLATED_LINES

    def _shown(self, text: str | None) -> str | None:
        return _(text) if text and self.texts_translated else text

    @property
    def name_text(self) -> str:
        """The line's name in the active language where translated (data.po)."""
        return _(self.name) if self.texts_translated else self.name

    @property
    def note(self) -> str | None:
        """``notes`` in the active language where translated."""
        return self._shown(self.notes)

    @property
    def hours_text(self) -> str | None:
        return self._shown(self.hours)

    @property
    def languages_text(self) -> str | None:
        return self._shown(self.languages)

    @property
    def tel(self) -> str | None:
        """The phone number for a ``tel:`` link (digits only)."""
        if not self.phone:
            return None
        digits = re.sub(r"\D", "", self.phone)
        return digits or None

    def as_full_dict(self) -> dict[str, Any]:
        return {
            "country_code": self.country_code,
            "country_name": self.country_name,
            "kind": self.kind,
            "name": self.name_text,
            "phone": self.phone,
            "sms": self.sms,
            "url": self.url,
            "hours": self.hours_text,
            "languages": self.languages_text,
            "notes": self.note,
            "sources": [u for u in self.sources if not is_commercial(u)],
            "as_of": self.as_of,
        }


def valid_country(code: str) -> bool:
    """An ISO 3166 alpha-2 code, or ``ZZ`` for the international rows."""
    return code == INTERNATIONAL or pycountry.countries.get(alpha_2=code) is not None


def _check(text: str) -> tuple[tuple[Resource, ...], list[str]]:
    """Rows and problems of a resources CSV text, each problem naming the line and column."""
    from kratomwise.datamodel import ValidationError, error_lines
    from kratomwise.knowledge.resource_record import ResourceRecord

    reader = csv.DictReader(io.StringIO(text))
    header = tuple(reader.fieldnames or ())
    if header != COLUMNS:
        return (), [f"{FILE_NAME} header is {header!r}, expected {COLUMNS!r}"]
    rows: list[Resource] = []
    problems: list[str] = []
    for line, cells in enumerate(reader, start=2):
        where = f"{FILE_NAME} line {line} ({cells.get('country_code')} {cells.get('name')!r})"
        if None in cells or any(v is None for v in cells.values()):
            problems.append(f"{where}: wrong number of columns")
            continue
        try:
            record = ResourceRecord.model_validate(cells)
        except ValidationError as exc:
            problems.extend(error_lines(exc, where))
            continue
        if record.url and is_commercial(record.url):
            problems.append(f"{where}, url: {record.url!r} is a seller's site (never linked)")
            continue
        rows.append(
            Resource(
                **record.model_dump(exclude={"source_url", "country_name"}),
                country_name=record.country_name or record.country_code,
                sources=record.source_url,
            )
        )
    if not any(r.country_code == INTERNATIONAL and r.kind == "emergency" for r in rows):
        problems.append(f"{FILE_NAME}: no international (ZZ) emergency row")
    return tuple(rows), problems


def validate_resources(text: str) -> list[str]:
    """Problems found in a resources CSV text (empty list = valid).

    Checks the header and, on every row (``ResourceRecord``), an ISO 3166 alpha-2 country code
    (``ZZ`` = international), a kind from the closed list, a name, a phone made of digits, at
    least one source URL and an as-of date (``YYYY-MM``); no seller links; and that the
    international fallback has an emergency row.
    """
    return _check(text)[1]


def parse_resources(text: str) -> tuple[Resource, ...]:
    """Parse and clean a resources CSV text; raises ResourceError if it is not valid."""
    rows, problems = _check(text)
    if problems:
        raise ResourceError("; ".join(problems[:5]))
    return rows


def resources_text() -> str:
    path = _resources.files("kratomwise.knowledge").joinpath(f"data/{FILE_NAME}")
    return path.read_text(encoding="utf-8")


@cache
def all_resources() -> tuple[Resource, ...]:
    """Every packaged resource row, in file order."""
    return parse_resources(resources_text())


def normalize_country(country: str | None) -> str | None:
    """Upper-case ISO alpha-2 code, or None for unknown/empty. Raises ResourceError if invalid."""
    if country is None or not country.strip():
        return None
    code = country.strip().upper()
    if not valid_country(code):
        raise ResourceError(f"{country!r} is not an ISO 3166 alpha-2 country code (e.g. US, GB)")
    return None if code == INTERNATIONAL else code


def _sorted(rows: Iterable[Resource]) -> list[Resource]:
    return sorted(rows, key=lambda r: KINDS.index(r.kind))  # stable: file order within a kind


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """(code, name) of every country with its own rows, by name; the fallback excluded."""
    seen: dict[str, str] = {}
    for r in all_resources():
        if r.country_code != INTERNATIONAL:
            seen.setdefault(r.country_code, r.country_name)
    return tuple(sorted(seen.items(), key=lambda item: item[1]))


def has_country(country: str | None) -> bool:
    code = (country or "").strip().upper()
    return any(code == c for c, _ in countries())


def international() -> list[Resource]:
    """The international fallback rows (112 on mobiles, a helpline directory)."""
    return _sorted(r for r in all_resources() if r.country_code == INTERNATIONAL)


def for_country(country: str | None) -> list[Resource]:
    """All rows of a country, emergency and poison-control lines first.

    Unknown or empty country: the international rows. A country without an emergency row or a
    crisis line gets the international row of that kind appended.
    """
    code = normalize_country(country)
    own = [r for r in all_resources() if code and r.country_code == code]
    if not own:
        return international()
    kinds = {r.kind for r in own}
    extra = [
        r
        for r in international()
        if r.kind not in kinds and r.kind in ("emergency", "suicide_crisis")
    ]
    return _sorted(own + extra)


def by_kind(country: str | None, kinds: str | Sequence[str]) -> list[Resource]:
    """Rows of the given kind(s) for a country, falling back to the international row(s)."""
    wanted = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    for kind in wanted:
        if kind not in KINDS:
            raise ResourceError(f"unknown kind {kind!r}; kinds: {', '.join(KINDS)}")
    code = normalize_country(country)
    own = [r for r in all_resources() if code and r.country_code == code and r.kind in wanted]
    if own:
        return _sorted(own)
    return [r for r in international() if r.kind in wanted]


def emergency_lines(country: str | None) -> list[Resource]:
    """The ambulance, emergency and poison-control lines of a country (ambulance first).

    Falls back to the international emergency row when the country has none.
    """
    code = normalize_country(country)
    own = [
        r for r in all_resources() if code and r.country_code == code and r.kind in EMERGENCY_KINDS
    ]
    if not any(r.kind == "emergency" for r in own):
        own = [r for r in international() if r.kind == "emergency"] + own
    return _sorted(own)


def medical_emergency_lines(country: str | None) -> list[Resource]:
    """The numbers to call for a medical emergency: ambulance (EMS) first, then emergency."""
    return [r for r in emergency_lines(country) if r.kind in MEDICAL_EMERGENCY_KINDS]


def emergency_number(country: str | None) -> str:
    """The one number to name in "call … now" (the ambulance line where there is one)."""
    for r in [*medical_emergency_lines(country), *international()]:
        if r.kind in MEDICAL_EMERGENCY_KINDS and r.phone:
            return r.phone
    raise ResourceError("no emergency line with a phone number, not even the international one")


def poison_line(country: str | None) -> Resource | None:
    """The country's own poison-control line with a phone number, if it has one."""
    code = normalize_country(country)
    for r in all_resources():
        if code and r.country_code == code and r.kind == "poison_control" and r.phone:
            return r
    return None


def crisis_lines(country: str | None) -> list[Resource]:
    """Suicide-crisis lines of a country (then mental-health lines); international otherwise."""
    code = normalize_country(country)
    own = [r for r in all_resources() if code and r.country_code == code and r.kind in CRISIS_KINDS]
    if not any(r.kind == "suicide_crisis" for r in own):
        own = own + [r for r in international() if r.kind == "suicide_crisis"]
    return _sorted(own)


def safety_lines(country: str | None) -> list[Resource]:
    """For thoughts of suicide or self-harm: the crisis lines first, then the emergency numbers."""
    return [*crisis_lines(country), *medical_emergency_lines(country)]


def country_name(country: str | None) -> str:
    """Display name of a country code in the active language ("International" for none)."""
    code = (country or "").strip().upper()
    if not code or code == INTERNATIONAL:
        return _("International")
    for c, name in countries():
        if c == code:
            return localized_country(c, name)
    found = pycountry.countries.get(alpha_2=code)
    return localized_country(code, str(found.name)) if found is not None else code
