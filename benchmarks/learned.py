"""An experiment of issue 13: a learned second look at the rules' verdicts (not shipped).

A linear model (multinomial logistic regression on string features, AdaGrad with L2, plain
Python) is trained on sentences of real pages the rules were never tuned on (tune pages from
``FIRST_FRESH_PAGE`` on) plus the team's synthetic tuning sentences, and may move a rules'
verdict when it is confident: never a contradicted verdict a registry claim decided, never to
a verdict that cites evidence. benchmarks/second_look.py measures it by cross-validation by
site; the figures and why it is not part of the checker are in BENCHMARKS.md.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from corpus import Sentence, load_real

from kratomwise.claims import Judgement, Verdict

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# small closed word classes: cheap to test and not tied to one site's vocabulary
_CUES = {
    name: frozenset(words.split())
    for name, words in {
        "hedge": "may might could can potential potentially possibly likely believed suggest some",
        "first_person": "i my me we our us i'm i've",
        "second_person": "you your you're yourself",
        "absolute": "never always completely totally all zero safe proven",
        "reporting": "said says according report reports reported claim claims",
        "negation": "not no never without n't don't doesn't isn't aren't",
    }.items()
}
LENGTH_STEP = 4  # words per length bucket
LENGTH_BUCKETS = 10


def features(text: str, rules: Judgement, block: str, about_kratom: bool) -> list[str]:
    """The features of ``text`` as the rules judged it, in a block of kind ``block``
    ("heading", "paragraph", "item" ...) of a document that is or is not about kratom."""
    verdict = rules.verdict.value
    words = _WORD.findall(text.lower())
    stripped = text.rstrip()
    end = stripped[-1:] if stripped[-1:] in ".?!:;" else "none"
    out = [
        "bias",
        f"verdict={verdict}",
        f"disease={rules.disease_claim}",
        f"entry={rules.claim_id is not None}",
        f"facts={min(len(rules.fact_ids), 2)}",
        f"block={block}",
        f"block={block}|verdict={verdict}",
        f"about_kratom={about_kratom}",
        f"length={min(len(words) // LENGTH_STEP, LENGTH_BUCKETS)}",
        f"end={end}",
        f"end={end}|verdict={verdict}",
        f"digits={any(c.isdigit() for c in text)}",
    ]
    present = set(words)
    for name, cue in _CUES.items():
        if present & cue:
            out.append(f"cue={name}")
            out.append(f"cue={name}|verdict={verdict}")
    out.extend(f"word={w}" for w in present)
    if words:
        out.append(f"first={words[0]}")
    return out


Weights = dict[str, list[float]]

EPOCHS = 20
L2 = 1e-4
RATE = 0.3
SEED = 20261203
KEEP = 1e-3  # smaller weights are dropped: they change no decision


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def probabilities(weights: Weights, features: Sequence[str], n_labels: int) -> list[float]:
    scores = [0.0] * n_labels
    for name in features:
        row = weights.get(name)
        if row is not None:
            for i in range(n_labels):
                scores[i] += row[i]
    return softmax(scores)


def fit(
    examples: Sequence[tuple[Sequence[str], int]],
    n_labels: int,
    *,
    epochs: int = EPOCHS,
    l2: float = L2,
    rate: float = RATE,
) -> Weights:
    """Weights for ``examples`` of (features, label index)."""
    weights: Weights = {}
    squares: dict[str, list[float]] = {}
    order = list(range(len(examples)))
    shuffle = random.Random(SEED).shuffle
    for _ in range(epochs):
        shuffle(order)
        for index in order:
            names, label = examples[index]
            probs = probabilities(weights, names, n_labels)
            for name in names:
                row = weights.setdefault(name, [0.0] * n_labels)
                sq = squares.setdefault(name, [1e-8] * n_labels)
                for i in range(n_labels):
                    grad = probs[i] - (1.0 if i == label else 0.0) + l2 * row[i]
                    sq[i] += grad * grad
                    row[i] -= rate * grad / math.sqrt(sq[i])
    return {
        name: [round(w, 4) for w in row]
        for name, row in sorted(weights.items())
        if max(abs(w) for w in row) >= KEEP
    }


LABELS = (Verdict.supported, Verdict.contradicted, Verdict.unsupported, Verdict.not_a_claim)


@dataclass(frozen=True, slots=True)
class SecondLook:
    weights: Weights  # feature -> one weight a label, in LABELS order
    margin: float  # how much more likely the model's verdict must be than the rules'


def _curated(rules: Judgement) -> bool:
    """A registry claim decided the verdict, not a number read against a loosely matched fact
    nor a sentence that restates a fact with a different number or an absolute word."""
    return rules.claim_id is not None and not rules.numbers_mismatch


def revise(
    text: str, rules: Judgement, block: str, about_kratom: bool, model: SecondLook
) -> Judgement:
    """The rules' judgement of ``text``, moved where the model is confident it is wrong."""
    names = features(text, rules, block, about_kratom)
    probs = probabilities(model.weights, names, len(LABELS))
    best = LABELS[max(range(len(LABELS)), key=probs.__getitem__)]
    keep = (
        best is rules.verdict
        or (rules.verdict is Verdict.contradicted and _curated(rules))
        or best in (Verdict.supported, Verdict.contradicted)
        or probs[LABELS.index(best)] - probs[LABELS.index(rules.verdict)] < model.margin
    )
    if keep:
        return rules
    # the disease flag stays the rules' (the model did worse on it in cross-validation)
    return replace(
        rules,
        verdict=best,
        fact_ids=() if best is Verdict.not_a_claim else rules.fact_ids,
        reason="The learned second look moved the rules' verdict.",
        span=None if best is Verdict.not_a_claim else rules.span,
    )


# pages p001-p087 are the ones the rules were tuned on; the errors on p088-p160 were read once
# for a handful of rules in round 5 (BENCHMARKS.md), p161-p234 never
FIRST_FRESH_PAGE = "p088"


def fresh_pages(data: Path, first: str = FIRST_FRESH_PAGE) -> dict[str, list[dict[str, str]]]:
    """Tune pages the rules were never tuned on: on the older ones the rules were written from
    their errors and look more reliable than they are on new text."""
    return {p: rows for p, rows in load_real("tune", data).items() if p >= first}


def fit_sentences(found: list[Sentence]) -> Weights:
    """Weights that tell the gold verdict from the features of the rules' judgement."""
    names = [v.value for v in LABELS]
    pairs = [(features(s.text, s.rules, s.block, s.about_kratom), s) for s in found]
    return fit([(f, names.index(s.verdict)) for f, s in pairs], len(LABELS))
