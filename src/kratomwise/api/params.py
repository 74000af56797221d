"""Parameter types several API operations share, each stated in the OpenAPI document exactly as
the code checks it (the schema validates, so the document and the rule are one definition)."""

from __future__ import annotations

import string
from itertools import product
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from kratomwise.api.errors import explain_pattern
from kratomwise.knowledge import resources as res


def _country_codes() -> tuple[str, ...]:
    """Every two-letter code the resources accept (ISO 3166 alpha-2 and ZZ, international)."""
    codes = []
    for pair in product(string.ascii_uppercase, repeat=2):
        code = "".join(pair)
        try:
            res.normalize_country(code)
        except ValueError:
            continue
        codes.append(code)
    return tuple(codes)


COUNTRY_CODES = _country_codes()
# "" (international) or a code, in upper or lower case. A pattern rather than an enum of ~500
# values: the document stays readable and a fuzzer does not try every code on every operation.
COUNTRY_PATTERN = explain_pattern(
    "^(|" + "|".join((*COUNTRY_CODES, *(c.lower() for c in COUNTRY_CODES))) + ")$",
    lambda _v: "must be an ISO 3166 alpha-2 country code (e.g. US, GB) or empty",
)
COUNTRY_TEXT = "ISO 3166 alpha-2 country code (ZZ or empty: international lines)"


def country_field() -> Any:
    """An optional country code parameter or field."""
    return Field("", pattern=COUNTRY_PATTERN, description=COUNTRY_TEXT)


def codes_pattern(codes: Any) -> str:
    """Comma-separated ``codes`` (any of them, possibly none)."""
    one = "|".join(sorted(codes, key=len, reverse=True))
    return f"^((?:{one})(,(?:{one}))*)?$"


def no_text(value: Any) -> Any:
    """Numbers are JSON numbers: text and true/false are refused, 2.0 is the whole number 2."""
    if isinstance(value, str | bool):
        raise ValueError("must be a JSON number")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# A JSON number (text and true/false refused), as JSON Schema reads "type: number".
Number = Annotated[float, BeforeValidator(no_text)]


def number(ge: float, le: float) -> Any:
    """A JSON number from ``ge`` to ``le``, bounds stated also inside ``… | None``."""
    return Annotated[float, Field(ge=ge, le=le), BeforeValidator(no_text)]


# A 0-10 rating (craving, mood, withdrawal); the bounds come first or pydantic leaves them out
# of the JSON Schema.
Rating = Annotated[int, Field(ge=0, le=10), BeforeValidator(no_text)]
