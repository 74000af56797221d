"""Legal-status answers with nesting: city or county → state → country (US federal for US).

Combining layers ("most restrictive applies"): banned > restricted > regulated > legal.
``unclear`` means the data cannot say where the place sits on that scale, so it could be as
strict as banned: a layer that is ``banned`` still makes the answer ``banned``; otherwise any
``unclear`` layer makes the answer ``unclear`` (we never let an unclear layer be read as
permissive). 7-OH is combined the same way after ``same`` is resolved per layer.

The answer's as-of date is the oldest among its layers and its confidence the weakest, because
the effective answer depends on every layer; its effective date is the newest effective date
known among the layers (the combination last changed then). It is stale when any layer is stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from kratomwise.i18n import _
from kratomwise.law.loader import load
from kratomwise.law.model import (
    CONFIDENCE_ORDER,
    RESTRICTIVENESS,
    Confidence,
    LawRow,
    Level,
    PartialDate,
    Status,
    parent_codes,
)
from kratomwise.law.names import PlaceNotFound, Resolved, describe, resolve, suggest
from kratomwise.law.places import is_country, is_subdivision, parse_code
from kratomwise.law.staleness import CHECK_CURRENT_LAW, stale_reasons
from kratomwise.shapes import Shaped

# 7-OH products are regulated apart from leaf (facts cited wherever 7-OH status is shown).
SEVEN_OH_FACT_IDS = ("7OH-02", "7OH-07")


def combine(statuses: Iterable[Status]) -> Status:
    """The effective status of several layers (see the module docstring for ``unclear``)."""
    found = set(statuses)
    if not found:
        return Status.unclear
    if Status.banned in found:
        return Status.banned
    if Status.unclear in found:
        return Status.unclear
    return max(found, key=lambda status: RESTRICTIVENESS[status])


@dataclass(frozen=True, slots=True)
class Jurisdiction(Shaped):
    code: str
    name: str
    level: Level


@dataclass(frozen=True)
class Answer(Shaped):
    """The legal-status answer for one place on one day. ``as_dict()`` is the object printed
    by ``kratomwise law --format json`` and returned by the API."""

    JSON: ClassVar[str] = (
        "query jurisdiction kratom_status seven_oh_status min_age "
        "effective_date=effective_date_text as_of=as_of.text confidence stale layers requirements "
        "sources notes=all_notes data_as_of"
    )

    query: str
    code: str
    name: str
    level: Level
    layers: tuple[LawRow, ...]  # widest first; only places that have a row
    own_row: bool
    today: date
    notes: tuple[str, ...]

    @property
    def jurisdiction(self) -> Jurisdiction:
        return Jurisdiction(self.code, self.name, self.level)

    @property
    def shown_name(self) -> str:
        """The place's name for the page (a country in the active language)."""
        return self.narrowest.shown_name if self.own_row else self.name

    @property
    def narrowest(self) -> LawRow:
        return self.layers[-1]

    @property
    def kratom_status(self) -> Status:
        return combine(row.kratom_status for row in self.layers)

    @property
    def seven_oh_status(self) -> Status:
        return combine(row.seven_oh_status for row in self.layers)

    @property
    def deciding_layer(self) -> LawRow:
        """The narrowest layer whose kratom status is the effective one."""
        status = self.kratom_status
        return next(row for row in reversed(self.layers) if row.kratom_status is status)

    @property
    def min_age(self) -> int | None:
        """Strictest age limit of the layers; None when kratom is banned (no lawful age)."""
        if self.kratom_status is Status.banned:
            return None
        ages = [row.min_age for row in self.layers if row.min_age is not None]
        return max(ages) if ages else None

    @property
    def effective_layer(self) -> LawRow | None:
        """The layer whose rule changed most recently (None when no layer gives a date)."""
        dated = [(row.effective_date, row) for row in self.layers if row.effective_date]
        if not dated:
            return None
        return max(dated, key=lambda pair: (pair[0].start, len(pair[0].text)))[1]

    @property
    def effective_date(self) -> PartialDate | None:
        """The newest known effective date among the layers: the combined answer can only have
        changed when one of its layers did (None when no layer gives a date)."""
        layer = self.effective_layer
        return layer.effective_date if layer else None

    @property
    def effective_date_text(self) -> str | None:
        return self.effective_date.text if self.effective_date else None

    @property
    def data_as_of(self) -> str:
        """When the newest row of the whole data set was checked."""
        return load().newest_as_of.text

    @property
    def as_of_layer(self) -> LawRow:
        """The layer checked longest ago: the answer is only as current as it."""
        return min(self.layers, key=lambda row: (row.as_of.start, -len(row.as_of.text)))

    @property
    def as_of(self) -> PartialDate:
        return self.as_of_layer.as_of

    @property
    def confidence(self) -> Confidence:
        return min((row.confidence for row in self.layers), key=CONFIDENCE_ORDER.__getitem__)

    @property
    def stale_reasons(self) -> tuple[str, ...]:
        return tuple(reason for row in self.layers for reason in stale_reasons(row, self.today))

    @property
    def stale(self) -> bool:
        return bool(self.stale_reasons)

    def layer_is_stale(self, row: LawRow) -> bool:
        return bool(stale_reasons(row, self.today))

    @property
    def requirements(self) -> str:
        """Each layer's requirements, widest first, as "Place: text" lines."""
        return "\n".join(f"{row.name}: {row.summary}" for row in self.layers if row.requirements)

    @property
    def sources(self) -> tuple[str, ...]:
        """Links that may be shown: narrowest layer first, never a seller's page."""
        urls = (url for row in reversed(self.layers) for url in row.public_sources)
        return tuple(dict.fromkeys(urls))

    @property
    def status_notes(self) -> tuple[str, ...]:
        """The notes about this place's rows and statuses (no staleness warning)."""
        notes = list(self.notes)
        if self.kratom_status is Status.unclear:
            notes.append(
                _(
                    "The law on kratom here is unclear in our data: it may be allowed, limited or "
                    "banned. Treat it as possibly banned until you confirm it."
                )
            )
        elif self.seven_oh_status is Status.unclear:
            notes.append(_("The law on concentrated 7-OH products here is unclear in our data."))
        return tuple(notes)

    @property
    def all_notes(self) -> tuple[str, ...]:
        """The status notes, then "check current law" when the answer may be out of date."""
        return (*self.status_notes, _(CHECK_CURRENT_LAW)) if self.stale else self.status_notes


def _answer(query: str, resolved: Resolved, today: date) -> Answer:
    data = load()
    chain = (*parent_codes(resolved.code), resolved.code)
    layers = tuple(row for code in chain if (row := data.get(code)) is not None)
    if not layers:
        raise PlaceNotFound(
            query,
            suggest(query),
            _("there is no legal-status data for {name} ({code})").format(
                name=resolved.name, code=resolved.code
            ),
        )
    own = data.get(resolved.code)
    notes = list(resolved.notes)
    if own is None:
        notes.insert(
            0,
            _(
                "There is no row of its own for {name}; this answer comes from {nearest}, "
                "the nearest wider place with data."
            ).format(name=resolved.name, nearest=layers[-1].name),
        )
    name, level = (own.name, own.level) if own else (resolved.name, resolved.level)
    return Answer(
        query=query,
        code=resolved.code,
        name=name,
        level=level,
        layers=layers,
        own_row=own is not None,
        today=today,
        notes=tuple(notes),
    )


def lookup(query: str, today: date | None = None) -> Answer:
    """Answer for a code or a name; raises PlaceNotFound or AmbiguousPlace."""
    return _answer(query, resolve(query), today or date.today())


def lookup_code(code: str, today: date | None = None) -> Answer:
    """Answer for a code only (``US-CO:denver``, ``TH``, ``MY-14``); raises PlaceNotFound."""
    parsed = parse_code(code)
    if parsed is None:
        raise PlaceNotFound(code, suggest(code), f"{code!r} is not a jurisdiction code")
    if not is_country(parsed.country) or (
        parsed.subdivision is not None and not is_subdivision(parsed.subdivision)
    ):
        raise PlaceNotFound(code, suggest(code), f"{code!r} is not an ISO 3166 code")
    cand = describe(parsed.code)
    return _answer(code, Resolved(cand.code, cand.name, cand.level), today or date.today())
