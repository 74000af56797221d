"""One module per instrument, each a declarative :class:`~kratomwise.assess.model.Instrument`.

The definitions hold English texts; :data:`INSTRUMENTS` gives each one in the active language
when it is read (:mod:`kratomwise.assess.instruments.localize`).

The Kratom Dependence Scale is deliberately absent: its items, scoring and licence could not
be verified (docs/instruments.md §6), so it is referenced, not shipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from kratomwise.assess.instruments.cows import COWS, COWS_HOLD_THRESHOLD
from kratomwise.assess.instruments.craving import CRAVING
from kratomwise.assess.instruments.dsm5 import DSM5
from kratomwise.assess.instruments.gad7 import GAD7
from kratomwise.assess.instruments.localize import localize as in_active_language
from kratomwise.assess.instruments.phq9 import PHQ9
from kratomwise.assess.instruments.sows import SOWS
from kratomwise.assess.model import Instrument

_DEFINITIONS: tuple[Instrument, ...] = (COWS, SOWS, DSM5, PHQ9, GAD7, CRAVING)


class _Instruments(Mapping[str, Instrument]):
    """Instruments by id, each translated into the active language when it is read."""

    def __init__(self, definitions: tuple[Instrument, ...]) -> None:
        self._by_id = {i.id: i for i in definitions}

    def __getitem__(self, key: str) -> Instrument:
        return in_active_language(self._by_id[key], _DEFINITIONS)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)


INSTRUMENTS: Mapping[str, Instrument] = _Instruments(_DEFINITIONS)

__all__ = ["COWS", "COWS_HOLD_THRESHOLD", "CRAVING", "DSM5", "GAD7", "INSTRUMENTS", "PHQ9", "SOWS"]
