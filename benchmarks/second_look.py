"""Does the learned second look (benchmarks/learned.py) help on pages it was not trained on?

The fresh tune pages (those the rules were not tuned on, benchmarks/learned.py) are put in
K folds by site; for each fold the second look is trained on the other folds (and the synthetic
tuning sentences) and judged on it.
Figures are per gold row, like benchmarks/claims.py: the rules alone, then rules + second look.

    python benchmarks/second_look.py --folds 5 --margin 0.6
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from corpus import (
    REAL,
    SEVERITY,
    Sentence,
    load_real,
    page_sites,
    sentences,
    site_fold,
    synthetic,
)
from learned import SecondLook, fit_sentences, fresh_pages, revise

from claims import _print_scores, scores

Judged = dict[str, list[tuple[Sentence, str, bool]]]  # page -> (sentence, verdict, disease)


def row_scores(pages: dict[str, list[dict[str, str]]], judged: Judged) -> dict:  # type: ignore[type-arg]
    """Each gold row takes the worst verdict of the sentences over it (as the benchmark does)."""
    gold, gold_d, pred, pred_d = [], [], [], []
    for page, rows in pages.items():
        by_row: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        for sentence, verdict, disease in judged[page]:
            for row_id in sentence.rows:
                by_row[row_id].append((verdict, disease))
        for row in rows:
            got = by_row.get(row["id"], [("not_a_claim", False)])
            gold.append(row["verdict"])
            gold_d.append(row["disease_claim"] == "true")
            pred.append(max((v for v, _ in got), key=SEVERITY.__getitem__))
            pred_d.append(any(d for _, d in got))
    return scores(gold, pred, gold_d, pred_d)


def score_heldout(margin: float) -> None:
    """Aggregate figures only: the held-out rows are never printed."""
    train = [s for rows in fresh_pages(REAL).values() for s in sentences(rows)] + synthetic()
    model = SecondLook(fit_sentences(train), margin)
    pages = load_real("heldout", REAL)
    found = {page: sentences(rows) for page, rows in pages.items()}
    for name, chosen in (("rules alone", False), (f"rules + second look (margin {margin})", True)):
        judged: Judged = {
            p: [
                (
                    s,
                    (
                        revise(s.text, s.rules, s.block, s.about_kratom, model)
                        if chosen
                        else s.rules
                    ).verdict.value,
                    s.rules.disease_claim,
                )
                for s in ss
            ]
            for p, ss in found.items()
        }
        _print_scores(f"held-out split, {name}", row_scores(pages, judged))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--margin", type=float, default=0.6)
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="train on every fresh tune page and score the held-out split (a counted look)",
    )
    args = parser.parse_args()
    if args.heldout:
        score_heldout(args.margin)
        return
    pages = fresh_pages(REAL)
    found = {page: sentences(rows) for page, rows in pages.items()}
    sites = page_sites(REAL)
    fold = {page: site_fold(sites[page], args.folds) for page in pages}
    rules: Judged = {
        p: [(s, s.rules.verdict.value, s.rules.disease_claim) for s in ss]
        for p, ss in found.items()
    }
    learned: Judged = {}
    own = synthetic()  # in every fold's training
    for k in range(args.folds):
        train = [s for p, ss in found.items() if fold[p] != k for s in ss] + own
        model = SecondLook(fit_sentences(train), args.margin)
        for page in (p for p in found if fold[p] == k):
            learned[page] = []
            for s in found[page]:
                j = revise(s.text, s.rules, s.block, s.about_kratom, model)
                learned[page].append((s, j.verdict.value, j.disease_claim))
    n_sites = len({sites[p] for p in pages})
    print(f"fresh tune pages: {len(pages)} on {n_sites} sites; {args.folds} folds by site")
    _print_scores("rules alone", row_scores(pages, rules))
    _print_scores(f"rules + second look (margin {args.margin})", row_scores(pages, learned))
    print(f"command: python benchmarks/second_look.py {' '.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
