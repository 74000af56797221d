"""Value types of the claim checker: verdicts, sentence results, links and the report."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import ClassVar

from kratomwise.shapes import Shaped


class Verdict(str, enum.Enum):  # noqa: UP042 (json-friendly values)
    supported = "supported"
    contradicted = "contradicted"
    unsupported = "unsupported"
    not_a_claim = "not_a_claim"


CLAIM_VERDICTS: tuple[Verdict, ...] = (
    Verdict.supported,
    Verdict.contradicted,
    Verdict.unsupported,
)


class LinkKind(str, enum.Enum):  # noqa: UP042
    shop = "shop"
    affiliate = "affiliate"
    other = "other"


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the engine decided for one sentence (before it gets an index)."""

    verdict: Verdict
    disease_claim: bool
    fact_ids: tuple[str, ...]
    reason: str
    span: tuple[int, int] | None = None  # character offsets of the matched text
    claim_id: str | None = None  # the registry entry that decided, when one did
    # The verdict is contradicted because the sentence's numbers differ from the entry's facts
    # (code tests this flag, never the wording of ``reason``, which is translated).
    numbers_mismatch: bool = False


@dataclass(frozen=True, slots=True)
class SentenceResult(Shaped):
    JSON: ClassVar[str] = "index text verdict disease_claim fact_ids reason"  # the contract's

    index: int
    text: str
    verdict: Verdict
    disease_claim: bool
    fact_ids: tuple[str, ...]
    reason: str
    span: tuple[int, int] | None = None
    claim_id: str | None = None
    numbers_mismatch: bool = False  # as in Judgement (not part of the JSON contract)

    @property
    def is_claim(self) -> bool:
        return self.verdict is not Verdict.not_a_claim

    @property
    def matched_text(self) -> str:
        if self.span is None:
            return ""
        return self.text[self.span[0] : self.span[1]]

    def parts(self) -> tuple[str, str, str]:
        """The text split around the matched span: (before, match, after)."""
        if self.span is None:
            return self.text, "", ""
        start, end = self.span
        return self.text[:start], self.text[start:end], self.text[end:]


@dataclass(frozen=True, slots=True)
class Link(Shaped):
    url: str
    text: str
    kind: LinkKind


@dataclass(frozen=True, slots=True)
class Summary(Shaped):
    sentences: int
    claims: int
    supported: int
    contradicted: int
    unsupported: int
    disease_claims: int

    @property
    def share_supported(self) -> float | None:
        """Share of claims the evidence supports (None when there is no claim)."""
        return None if self.claims == 0 else self.supported / self.claims


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of the document's layout (heading, paragraph or list item) and its sentences."""

    kind: str  # "heading" | "paragraph" | "item"
    sentence_indices: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Report(Shaped):
    """``as_dict()`` is the object ``kratomwise check --format json`` prints."""

    JSON: ClassVar[str] = "summary sentences links"

    sentences: tuple[SentenceResult, ...]
    links: tuple[Link, ...]
    blocks: tuple[Block, ...] = field(default=())

    @property
    def summary(self) -> Summary:
        claims = [s for s in self.sentences if s.is_claim]
        return Summary(
            sentences=len(self.sentences),
            claims=len(claims),
            supported=sum(s.verdict is Verdict.supported for s in claims),
            contradicted=sum(s.verdict is Verdict.contradicted for s in claims),
            unsupported=sum(s.verdict is Verdict.unsupported for s in claims),
            disease_claims=sum(s.disease_claim for s in self.sentences),
        )

    @property
    def fact_ids(self) -> tuple[str, ...]:
        """Every fact id the report cites, in first-use order."""
        seen: dict[str, None] = {}
        for sentence in self.sentences:
            for fact_id in sentence.fact_ids:
                seen.setdefault(fact_id, None)
        return tuple(seen)
