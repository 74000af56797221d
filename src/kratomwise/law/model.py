"""Value types for legal status: statuses, levels, confidence, dates and rows."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from kratomwise.i18n import DEFAULT_LANGUAGE, N_, _, get_language
from kratomwise.i18n.countries import country_name
from kratomwise.i18n.languages import LOCAL_COUNTRIES
from kratomwise.knowledge.sources import is_commercial
from kratomwise.shapes import Shaped


class Status(enum.StrEnum):
    """Legal status of kratom (or of 7-OH once ``same`` is resolved) in one place."""

    legal = "legal"
    regulated = "regulated"
    restricted = "restricted"
    banned = "banned"
    unclear = "unclear"

    @property
    def label(self) -> str:
        """The status as people read it, in the active language (the value is for programs)."""
        return _(_STATUS_LABELS[self])


_STATUS_LABELS = {
    Status.legal: N_("legal"),
    Status.regulated: N_("regulated"),
    Status.restricted: N_("restricted"),
    Status.banned: N_("banned"),
    Status.unclear: N_("unclear"),
}


class SevenOh(enum.StrEnum):
    """7-OH column values: ``same`` means "as kratom in the same row"."""

    same = "same"
    restricted = "restricted"
    banned = "banned"
    unclear = "unclear"


class Level(enum.StrEnum):
    """How wide a jurisdiction is. ``state`` is any first-level subdivision."""

    country = "country"
    state = "state"
    county = "county"
    city = "city"


class Confidence(enum.StrEnum):
    high = "high"
    medium = "medium"
    low = "low"
    unverified = "unverified"

    @property
    def label(self) -> str:
        """The confidence as people read it, in the active language."""
        return _(_CONFIDENCE_LABELS[self])


_CONFIDENCE_LABELS = {
    Confidence.high: N_("high"),
    Confidence.medium: N_("medium"),
    Confidence.low: N_("low"),
    Confidence.unverified: N_("unverified"),
}


# Known statuses, from least to most restrictive (``unclear`` is handled apart, see lookup).
RESTRICTIVENESS: dict[Status, int] = {
    Status.legal: 0,
    Status.regulated: 1,
    Status.restricted: 2,
    Status.banned: 3,
}

# Weakest first: used to report the weakest confidence among the layers of an answer.
CONFIDENCE_ORDER: dict[Confidence, int] = {
    Confidence.unverified: 0,
    Confidence.low: 1,
    Confidence.medium: 2,
    Confidence.high: 3,
}

LEVEL_DEPTH: dict[Level, int] = {Level.country: 0, Level.state: 1, Level.county: 2, Level.city: 3}

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date given to year, month or day precision ("2024", "2025-11", "2026-03-31").

    ``start`` is the first day the text can mean: staleness is measured from it, so a row
    dated only "2025" counts as possibly written on 1 January 2025 (the cautious reading).
    """

    start: date
    text: str

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PARTIAL_DATE.match(text.strip())
        if not match:
            raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year = int(match.group(1))
        month = int(match.group(2) or 1)
        day = int(match.group(3) or 1)
        return cls(start=date(year, month, day), text=text.strip())

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class LawRow(Shaped):
    """One row of the legal-status data set, cleaned and typed (``as_dict()``: a layer of an
    answer)."""

    JSON: ClassVar[str] = (
        "code name level kratom_status seven_oh_status as_of=as_of.text confidence"
    )

    code: str
    name: str
    level: Level
    kratom_status: Status
    seven_oh_raw: SevenOh
    min_age: int | None
    requirements: str
    law_reference: str
    effective_date: PartialDate | None
    as_of: PartialDate
    confidence: Confidence
    source_urls: tuple[str, ...]

    requirements_brief: str = ""  # short own-words version of a long summary (may be "")

    @property
    def shown_name(self) -> str:
        """The place's name for the page: a country in the active language (CLDR), any other
        place as the data names it."""
        if self.level is Level.country:
            return country_name(self.code, self.name)
        return self.name

    # ``requirements`` and ``requirements_brief`` are English; data.po translates the summaries
    # of the countries whose language kratomwise speaks (LOCAL_COUNTRIES), others stay English.
    @property
    def summary(self) -> str:
        """The own-words summary in the active language where it is translated."""
        return _(self.requirements) if self.summary_translated else self.requirements

    @property
    def summary_brief(self) -> str:
        return _(self.requirements_brief) if self.summary_translated else self.requirements_brief

    @property
    def summary_translated(self) -> bool:
        """False when the summary is shown in English to a reader of another language."""
        return get_language() == DEFAULT_LANGUAGE or self.code in LOCAL_COUNTRIES

    @property
    def seven_oh_status(self) -> Status:
        """7-OH status with ``same`` resolved to this row's kratom status."""
        if self.seven_oh_raw is SevenOh.same:
            return self.kratom_status
        return Status(self.seven_oh_raw.value)

    @property
    def public_sources(self) -> tuple[str, ...]:
        """Sources that may be shown as links (never a seller's page)."""
        return tuple(url for url in self.source_urls if not is_commercial(url))

    @property
    def has_seller_source(self) -> bool:
        return any(is_commercial(url) for url in self.source_urls)

    @property
    def country_code(self) -> str:
        return self.code.split(":")[0].split("-")[0]

    @property
    def parent_codes(self) -> tuple[str, ...]:
        """Codes of the wider layers, widest first: ``US-CO:denver`` → (``US``, ``US-CO``)."""
        return parent_codes(self.code)


def parent_codes(code: str) -> tuple[str, ...]:
    """Wider codes of ``code``, widest first (without ``code`` itself)."""
    base, _, local = code.partition(":")
    country, _, _sub = base.partition("-")
    parents: list[str] = []
    if base != country:
        parents.append(country)
    if local:
        parents.append(base)
    return tuple(parents)
