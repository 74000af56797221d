"""Response schemas derived from the core's shaped dataclasses."""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from kratomwise.api.shapes import schema
from kratomwise.shapes import Shaped


class Kind(enum.StrEnum):
    A = "a"


@dataclass(frozen=True, slots=True)
class Part(Shaped):
    kind: Kind
    note: str | None


@dataclass(frozen=True, slots=True)
class Whole(Shaped):
    JSON: ClassVar[str] = "day amount=shown parts first=parts_first.kind"

    day: dt.date
    amount: Decimal
    parts: tuple[Part, ...]

    @property
    def shown(self) -> Decimal:
        return self.amount.quantize(Decimal("0.1"))

    @property
    def parts_first(self) -> Part:
        return self.parts[0]


WHOLE = Whole(dt.date(2026, 3, 1), Decimal("1.25"), (Part(Kind.A, None),))


def test_types_follow_the_json_the_core_writes() -> None:
    doc = schema(Whole).model_json_schema()
    props = doc["properties"]
    assert doc["title"] == "WholeOut"
    assert doc["required"] == ["day", "amount", "parts", "first"]
    assert props["day"] == {"title": "Day", "type": "string"}
    assert props["amount"] == {"title": "Amount", "type": "number"}
    assert props["first"] == {"title": "First", "type": "string"}
    assert props["parts"]["items"] == {"$ref": "#/$defs/PartOut"}
    assert doc["$defs"]["PartOut"]["properties"]["note"]["anyOf"] == [
        {"type": "string"},
        {"type": "null"},
    ]


def test_the_schema_passes_the_core_object_through_unchanged() -> None:
    data = WHOLE.as_dict()
    assert data == {
        "day": "2026-03-01",
        "amount": 1.2,
        "parts": [{"kind": "a", "note": None}],
        "first": "a",
    }
    dumped = schema(Whole).model_validate(data).model_dump_json()
    assert json.loads(dumped) == data


def test_a_named_schema_keeps_the_fields_of_its_base_first() -> None:
    from ninja import Schema

    class Head(Schema):
        id: int

    model = schema(Part, "SavedPartOut", Head)
    assert list(model.model_fields) == ["id", "kind", "note"]
    assert model.model_json_schema()["title"] == "SavedPartOut"
