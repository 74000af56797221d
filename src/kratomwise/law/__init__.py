"""Legal status of kratom and 7-OH by place, with nesting, dates and confidence (pure core).

>>> from kratomwise.law import lookup
>>> answer = lookup("Denver")
>>> answer.kratom_status, [row.code for row in answer.layers]
"""

from kratomwise.law.loader import (
    COLUMNS,
    CsvCheck,
    LawData,
    LawDataError,
    check_csv,
    load,
    validate_csv,
)
from kratomwise.law.lookup import SEVEN_OH_FACT_IDS, Answer, combine, lookup, lookup_code
from kratomwise.law.model import (
    Confidence,
    LawRow,
    Level,
    PartialDate,
    SevenOh,
    Status,
)
from kratomwise.law.names import AmbiguousPlace, Candidate, PlaceNotFound, resolve, suggest
from kratomwise.law.staleness import CHECK_CURRENT_LAW, STALE_AFTER_MONTHS, is_stale

__all__ = [
    "CHECK_CURRENT_LAW",
    "COLUMNS",
    "SEVEN_OH_FACT_IDS",
    "STALE_AFTER_MONTHS",
    "AmbiguousPlace",
    "Answer",
    "Candidate",
    "Confidence",
    "CsvCheck",
    "LawData",
    "LawDataError",
    "LawRow",
    "Level",
    "PartialDate",
    "PlaceNotFound",
    "SevenOh",
    "Status",
    "check_csv",
    "combine",
    "is_stale",
    "load",
    "lookup",
    "lookup_code",
    "resolve",
    "suggest",
    "validate_csv",
]
