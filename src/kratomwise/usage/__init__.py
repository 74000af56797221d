"""Analytics over a person's use journal (pure core): daily totals per comparable unit,
frequency, streaks and self-explaining signals that cite their facts."""

from kratomwise.usage.analysis import Analysis, analyze
from kratomwise.usage.csvformat import COLUMNS, FormatError, format_csv, parse_csv
from kratomwise.usage.daily import LEAF_G, Day, comparable, unit_label
from kratomwise.usage.formats import read_entries
from kratomwise.usage.jsonformat import format_json
from kratomwise.usage.model import (
    FORMS,
    KRATOM,
    SEVEN_OH,
    UNITS,
    Entry,
    EntryError,
    Limits,
    Settings,
)
from kratomwise.usage.signals import CODES, Signal

__all__ = [
    "CODES",
    "COLUMNS",
    "FORMS",
    "KRATOM",
    "LEAF_G",
    "SEVEN_OH",
    "UNITS",
    "Analysis",
    "Day",
    "Entry",
    "EntryError",
    "FormatError",
    "Limits",
    "Settings",
    "Signal",
    "analyze",
    "comparable",
    "format_csv",
    "format_json",
    "parse_csv",
    "read_entries",
    "unit_label",
]
