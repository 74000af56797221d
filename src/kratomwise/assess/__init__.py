"""Validated instruments and red-flag triage (pure core).

``score(instrument_id, answers)`` scores any instrument in :data:`INSTRUMENTS`; triage lives in
:mod:`kratomwise.assess.triage`.
"""

from kratomwise.assess.instruments import INSTRUMENTS
from kratomwise.assess.instruments.cows import COWS_HOLD_THRESHOLD, pulse_points
from kratomwise.assess.model import (
    Band,
    Flag,
    IncompleteResponse,
    Instrument,
    InvalidValue,
    Item,
    Option,
    Result,
    UnknownInstrument,
)
from kratomwise.assess.scorer import (
    change_from_previous,
    get_instrument,
    parse_answers,
    safety_item_positive,
    score,
)

__all__ = [
    "COWS_HOLD_THRESHOLD",
    "INSTRUMENTS",
    "Band",
    "Flag",
    "IncompleteResponse",
    "Instrument",
    "InvalidValue",
    "Item",
    "Option",
    "Result",
    "UnknownInstrument",
    "change_from_previous",
    "get_instrument",
    "parse_answers",
    "pulse_points",
    "safety_item_positive",
    "score",
]
