"""One module per instrument, each a declarative :class:`~kratomwise.assess.model.Instrument`.

The Kratom Dependence Scale is deliberately absent: its items, scoring and licence could not
be verified (docs/instruments.md §6), so it is referenced, not shipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kratomwise.assess.instruments.cows import COWS, COWS_HOLD_THRESHOLD
from kratomwise.assess.instruments.craving import CRAVING
from kratomwise.assess.instruments.dsm5 import DSM5
from kratomwise.assess.instruments.gad7 import GAD7
from kratomwise.assess.instruments.phq9 import PHQ9
from kratomwise.assess.instruments.sows import SOWS
from kratomwise.assess.model import Instrument

INSTRUMENTS: Mapping[str, Instrument] = MappingProxyType(
    {i.id: i for i in (COWS, SOWS, DSM5, PHQ9, GAD7, CRAVING)}
)

__all__ = ["COWS", "COWS_HOLD_THRESHOLD", "CRAVING", "DSM5", "GAD7", "INSTRUMENTS", "PHQ9", "SOWS"]
