"""The public entry point: check a whole document and build the report."""

from __future__ import annotations

from collections.abc import Callable

from kratomwise.claims.detect import asserting_heading, is_about_kratom, opens_with_pronoun
from kratomwise.claims.disease import disease_claim
from kratomwise.claims.engine import judge
from kratomwise.claims.inputs import Document, parse
from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.links import build_links
from kratomwise.claims.lists import (
    is_effects_lead_in,
    is_item,
    is_withdrawal_lead_in,
    judge_item,
)
from kratomwise.claims.model import Block, Judgement, Report, SentenceResult, Verdict
from kratomwise.i18n import _

PROGRESS_EVERY = 25  # sentences between two progress callbacks
# The largest text the API and the web page accept. Measured on one core (benchmarks, issue 14
# item 3): the costliest text seen is dense short sentences with abbreviations and numbers,
# about 23,000 characters a CPU second (200,000 took 8.9 s); 100,000 then take about 4.5 s,
# inside the 10 s budget with room for a slower or loaded machine. Real page text runs at about
# 70,000 characters a second.
MAX_CHARS = 100_000


CONTEXT_SHARE = 0.1  # share of sentences naming kratom that makes a whole input about kratom


def about_kratom(doc: Document) -> bool:
    """The document (in ``--lines`` mode: the input as a whole) is about kratom, so that "it",
    "these products" or "the leaf" in one sentence refer to kratom."""
    if not doc.segments:
        return False
    kratom = lexicon().kratom
    naming = sum(1 for s in doc.segments if kratom.search(s.text))
    return naming >= max(1.0, CONTEXT_SHARE * len(doc.segments))


def check_text(
    text: str,
    *,
    fmt: str = "text",
    lines: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Check ``text`` claim by claim.

    ``fmt`` is "text", "markdown" or "html" (main text extracted, links kept); with ``lines``
    every non-empty line is one sentence. ``progress(done, total)`` is called as sentences are
    checked. Raises ValueError for an unknown format.
    """
    doc = parse(text, fmt, lines)
    total = len(doc.segments)
    if progress is not None:
        progress(0, total)
    results: list[SentenceResult] = []
    calls: list[str] = []
    cta = lexicon().call_to_action
    context = about_kratom(doc)
    listing = False  # inside a list of kratom's effects opened by a lead-in
    withdrawal = False  # ... a list of withdrawal symptoms
    previous = antecedent = ""
    for index, segment in enumerate(doc.segments):
        listing = listing and is_item(segment.text)
        if listing:
            j = judge_item(segment.text, withdrawal)
        elif doc.blocks[segment.block] == "heading" and not asserting_heading(segment.text):
            # a heading asserts nothing, but it can presuppose a treatment ("Kratom for pain")
            disease = disease_claim(segment.text, is_about_kratom(segment.text, context))
            j = Judgement(Verdict.not_a_claim, disease, (), _("A heading, not a claim."))
        else:
            heading = doc.blocks[segment.block] == "heading"
            j = judge(segment.text, context_kratom=context, heading=heading, previous=antecedent)
        if is_effects_lead_in(segment.text, previous, context):
            listing = True
            withdrawal = is_withdrawal_lead_in(f"{previous} {segment.text}")
        previous = segment.text
        if not opens_with_pronoun(segment.text) or doc.blocks[segment.block] == "heading":
            antecedent = segment.text  # "It ... It ...": a run of pronouns points to its start
        results.append(
            SentenceResult(
                index=index,
                text=segment.text,
                verdict=j.verdict,
                disease_claim=j.disease_claim,
                fact_ids=j.fact_ids,
                reason=j.reason,
                span=j.span,
                claim_id=j.claim_id,
                numbers_mismatch=j.numbers_mismatch,
            )
        )
        if cta.search(segment.text):
            calls.append(segment.text)
        if progress is not None and ((index + 1) % PROGRESS_EVERY == 0 or index + 1 == total):
            progress(index + 1, total)
    blocks: dict[int, list[int]] = {}
    for index, segment in enumerate(doc.segments):
        blocks.setdefault(segment.block, []).append(index)
    return Report(
        sentences=tuple(results),
        links=build_links(doc.links, calls),
        blocks=tuple(Block(doc.blocks[b], tuple(ix)) for b, ix in sorted(blocks.items())),
    )
