"""The shape of one legal-status CSV row (pydantic), imported by the loader when it loads."""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import BeforeValidator, Field, model_validator

from kratomwise.datamodel import DataModel, none_if_blank
from kratomwise.knowledge.sources import split_urls
from kratomwise.law.model import Confidence, Level, PartialDate, SevenOh, Status
from kratomwise.law.places import code_errors

MIN_AGE_RANGE = (1, 99)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _code(value: Any) -> Any:
    """``us-co:Denver`` -> ``US-CO:denver`` (upper-case ISO part, lower-case local part)."""
    if not isinstance(value, str):
        return value
    if not value:
        raise ValueError("is empty")
    base, sep, local = value.partition(":")
    return f"{base.strip().upper()}{sep}{local.strip().lower()}"


def _date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if not value:
        raise ValueError("is empty (every row needs an as-of date)")
    try:
        return PartialDate.parse(value)
    except ValueError:
        raise ValueError(f"{value!r} is not YYYY[-MM[-DD]]") from None


def _urls(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    urls = tuple(split_urls(value.replace("\n", " ")))
    if not urls:
        raise ValueError("is empty (every row needs a source)")
    for url in urls:
        parts = urlsplit(url)
        glued = re.search(r"[;,]\s*https?://", url) is not None  # URLs not separated by " ; "
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in url or glued:
            raise ValueError(f"{url!r} is not an http(s) URL (separate URLs with ' ; ')")
    return urls


Lower = BeforeValidator(_lower)
_Age = Annotated[int, Field(ge=MIN_AGE_RANGE[0], le=MIN_AGE_RANGE[1])]
_Date = Annotated[PartialDate, BeforeValidator(_date)]


class LawRecord(DataModel):
    """One row as written (cells already trimmed), checked and typed; ``requirements`` is the
    reference's wording, never shown (see ``summaries``)."""

    jurisdiction_code: Annotated[str, BeforeValidator(_code)]
    jurisdiction_name: Annotated[str, Field(min_length=1)]
    level: Annotated[Level, Lower]
    kratom_status: Annotated[Status, Lower]
    seven_oh_status: Annotated[SevenOh, Lower]
    min_age: Annotated[_Age | None, BeforeValidator(none_if_blank)]
    requirements: str
    law_reference: str
    effective_date: Annotated[_Date | None, BeforeValidator(none_if_blank)]
    as_of: _Date
    confidence: Annotated[Confidence, Lower]
    source_url: Annotated[tuple[str, ...], BeforeValidator(_urls)]

    @model_validator(mode="after")
    def _code_fits(self) -> LawRecord:
        problems = code_errors(self.jurisdiction_code, self.level.value)
        if problems:
            raise ValueError("; ".join(problems))
        return self
