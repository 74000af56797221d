"""What changes between two places: statuses, ages, freshness, and border crossing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from kratomwise.law import Answer, LawRow

# Words in the data that say something about carrying kratom across a border.
_CARRY = re.compile(
    r"\b(import\w*|export\w*|customs|border\w*|travel\w*|carry\w*|mail\w*|ship\w*|postal|"
    r"luggage|personal use|possess\w*)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z0-9])")


@dataclass(frozen=True)
class Row:
    label: str
    origin: str
    destination: str

    @property
    def changed(self) -> bool:
        return self.origin != self.destination


@dataclass(frozen=True)
class CarryNote:
    place: str
    sentence: str


@dataclass(frozen=True)
class Comparison:
    rows: list[Row]
    changes: list[str]
    crosses_border: bool
    carry_notes: list[CarryNote]


def carry_sentences(row: LawRow) -> list[str]:
    """Sentences of a row's requirements or law reference that mention carrying or import."""
    text = " ".join(part for part in (row.requirements, row.law_reference) if part)
    return [s.strip() for s in _SENTENCE.split(text) if _CARRY.search(s)]


def _age(answer: Answer) -> str:
    return str(answer.min_age) if answer.min_age is not None else _("none in the data")


def compare_answers(origin: Answer, destination: Answer) -> Comparison:
    rows = [
        Row(_("Kratom"), origin.kratom_status.label, destination.kratom_status.label),
        Row(_("7-OH products"), origin.seven_oh_status.label, destination.seven_oh_status.label),
        Row(_("Minimum age"), _age(origin), _age(destination)),
        Row(_("As of"), origin.as_of.text, destination.as_of.text),
        Row(_("Confidence"), origin.confidence.label, destination.confidence.label),
        Row(
            _("Check current law"),
            _("yes") if origin.stale else _("no"),
            _("yes") if destination.stale else _("no"),
        ),
    ]
    names = {"a": origin.shown_name, "b": destination.shown_name}
    changes: list[str] = []
    if rows[0].changed:
        changes.append(
            _("Kratom goes from %(x)s in %(a)s to %(y)s in %(b)s.")
            % {**names, "x": rows[0].origin, "y": rows[0].destination}
        )
    if rows[1].changed:
        changes.append(
            _("7-OH products go from %(x)s in %(a)s to %(y)s in %(b)s.")
            % {**names, "x": rows[1].origin, "y": rows[1].destination}
        )
    if rows[2].changed:
        changes.append(
            _("The minimum age changes from %(x)s to %(y)s.")
            % {"x": rows[2].origin, "y": rows[2].destination}
        )
    if not changes:
        changes.append(_("The data shows the same status in both places."))
    if destination.kratom_status.value == "banned":
        changes.append(
            _(
                "Kratom is banned in %(b)s: having it there can be an offence, even if you "
                "bought it legally elsewhere."
            )
            % names
        )
    crosses = origin.layers[0].country_code != destination.layers[0].country_code
    notes: list[CarryNote] = []
    for answer in (origin, destination):
        for row in answer.layers:
            notes.extend(CarryNote(row.shown_name, sentence) for sentence in carry_sentences(row))
    unique = list({(note.place, note.sentence): note for note in notes}.values())
    return Comparison(rows=rows, changes=changes, crosses_border=crosses, carry_notes=unique)
