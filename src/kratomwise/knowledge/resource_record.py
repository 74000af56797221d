"""The shape of one crisis-resources CSV row (pydantic), imported by the loader when it loads."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, field_validator

from kratomwise.datamodel import DataModel, none_if_blank
from kratomwise.knowledge.resources import KINDS, valid_country
from kratomwise.knowledge.sources import split_urls
from kratomwise.text import collapse_spaces

_PHONE = re.compile(r"^[0-9][0-9 \-]*$")


def _country(code: str) -> str:
    if not valid_country(code):
        raise ValueError(f"{code!r} is not an ISO 3166 alpha-2 country code")
    return code


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"{kind!r} is not one of {', '.join(KINDS)}")
    return kind


def _phone(phone: str | None) -> str | None:
    if phone is not None and not _PHONE.match(phone):
        raise ValueError(f"{phone!r} has characters other than digits")
    return phone


def _url(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"{url!r} is not a URL")
    return url


def _link(url: str | None) -> str | None:
    return None if url is None else _url(url)


def _sources(cell: Any) -> Any:
    if not isinstance(cell, str):
        return cell
    urls = split_urls(cell)
    if not urls:
        raise ValueError("no source URL (every row needs one)")
    return tuple(_url(url) for url in urls)


_Text = Annotated[str | None, BeforeValidator(none_if_blank)]


class ResourceRecord(DataModel):
    """One row as written, spacing tidied; ``country_code`` upper-cased."""

    country_code: Annotated[str, AfterValidator(_country)]
    country_name: _Text
    kind: Annotated[str, AfterValidator(_kind)]
    name: Annotated[str, Field(min_length=1)]
    phone: Annotated[_Text, AfterValidator(_phone)]
    sms: _Text
    url: Annotated[_Text, AfterValidator(_link)]
    hours: _Text
    languages: _Text
    notes: _Text
    source_url: Annotated[tuple[str, ...], BeforeValidator(_sources)]
    as_of: Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$")]

    @field_validator("*", mode="before")
    @classmethod
    def _tidy(cls, value: Any) -> Any:
        return collapse_spaces(value) if isinstance(value, str) else value

    @field_validator("country_code", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value
