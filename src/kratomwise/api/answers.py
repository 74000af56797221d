"""Request schemas for completed instruments, built from the packaged instrument definitions:
the OpenAPI document states each instrument's items and allowed points, and the same models
validate requests (one definition)."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Literal, Union

from ninja import Field, Schema
from pydantic import BeforeValidator, ConfigDict, Discriminator, Tag, create_model

from kratomwise.api.params import no_text
from kratomwise.assess import INSTRUMENTS
from kratomwise.assess.model import Instrument


class _Closed(Schema):
    model_config = ConfigDict(extra="forbid")


def _points(item: Any, optional: bool) -> Any:
    allowed = Annotated[Literal[item.allowed], BeforeValidator(no_text)]  # type: ignore[valid-type]
    return allowed | None if optional else allowed


@cache
def by_item(instrument: Instrument) -> type[Schema]:
    """``{item id: points}``: every scored item answered, the optional ones may be left out."""
    fields: dict[str, Any] = {
        item.id: (_points(item, not item.scored), ... if item.scored else None)
        for item in instrument.items
    }
    return create_model(f"{instrument.id.title()}ByItem", __base__=_Closed, **fields)


def _in_order(instrument: Instrument) -> Any:
    """Points in item order; optional (unscored) items at the end may be left off or null."""
    scored = [_points(item, False) for item in instrument.items if item.scored]
    optional = [_points(item, True) for item in instrument.items if not item.scored]
    lists = [tuple[tuple(scored + optional[:n])] for n in range(len(optional) + 1)]  # type: ignore[misc]
    return Union[tuple(lists)]  # noqa: UP007


def _form(value: Any) -> str:
    return "by_item" if isinstance(value, dict) else "in_order"


def request_schema(name: str, base: type[Schema]) -> Any:
    """One body schema per instrument (``base``'s fields plus ``instrument`` and ``answers``),
    told apart by ``instrument``."""
    models = []
    for instrument in INSTRUMENTS.values():
        # A dict is read by item, anything else in order: one error list, not one per form.
        # Built at run time from the packaged instruments: not a static type to mypy.
        answers = Annotated[  # type: ignore[valid-type]
            Union[  # noqa: UP007
                Annotated[by_item(instrument), Tag("by_item")],
                Annotated[_in_order(instrument), Tag("in_order")],
            ],
            Discriminator(_form),
        ]
        models.append(
            create_model(
                f"{name}{instrument.id.title()}",
                __base__=base,
                instrument=(Literal[instrument.id], Field(..., description=instrument.name)),  # type: ignore[arg-type]
                answers=(  # type: ignore[arg-type]
                    answers,
                    Field(..., description="Points per item: {item id: points} or in item order"),
                ),
            )
        )
    return Annotated[Union[tuple(models)], Field(discriminator="instrument")]  # noqa: UP007


def answers_of(payload: Any) -> dict[str, int | None] | list[int | None]:
    """The answers of a validated request as the scorer takes them."""
    answers = payload.answers
    if isinstance(answers, Schema):
        return dict(answers.model_dump())
    return list(answers)
