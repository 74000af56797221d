"""Claim checker benchmark: throughput (sentences/second, one core) and accuracy.

Accuracy on the labelled set tests/data/claims_labelled.csv: macro-F1 over the three claim
verdicts (not_a_claim rows count as errors when missed or wrongly predicted) and F1 of the
disease flag. Tune on ``train`` only; ``heldout`` gives aggregate figures only.

    python benchmarks/claims.py --split heldout  # held-out scores + throughput (a counted look)
    python benchmarks/claims.py --split train --errors   # tuning view (train rows only)

The real corpus (tests/data/claims_real/, issue 13) is checked in document mode: each page's
rows joined in ``seq`` order, one per line, split and grouped by the checker itself; a row takes
the worst verdict of the checker sentences it overlaps. ``--cv-by-site K`` puts the tune sites
in K folds by a hash of the site, so rules written from some folds' errors (``--folds``) can be
checked on the others.

    python benchmarks/claims.py --corpus real --split tune --cv-by-site 5 --folds 0,1,2 --errors
    python benchmarks/claims.py --corpus real --split heldout         # aggregate figures only
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import REAL, align, load_real, page_sites, passage, site_fold
from startup import startup

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "claims_labelled.csv"
CLAIM_LABELS = ("supported", "contradicted", "unsupported")
ALL_LABELS = (*CLAIM_LABELS, "not_a_claim")


def f1(tp: int, fp: int, fn: int) -> float:
    if tp == 0:
        return 0.0
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def label_f1(gold: list[str], pred: list[str], label: str) -> float:
    tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
    fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
    fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
    return f1(tp, fp, fn)


def load(split: str) -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["split"] == split]


def scores(gold: list[str], pred: list[str], gold_d: list[bool], pred_d: list[bool]) -> dict:
    """Macro-F1 (three claim verdicts and all four), per-verdict F1, disease F1, confusion."""
    per_label = {label: label_f1(gold, pred, label) for label in ALL_LABELS}
    tp = sum(g and p for g, p in zip(gold_d, pred_d, strict=True))
    fp = sum(p and not g for g, p in zip(gold_d, pred_d, strict=True))
    fn = sum(g and not p for g, p in zip(gold_d, pred_d, strict=True))
    confusion = {g: {p: 0 for p in ALL_LABELS} for g in ALL_LABELS}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    return {
        "rows": len(gold),
        "macro_f1_claims": sum(per_label[x] for x in CLAIM_LABELS) / 3,
        "macro_f1_all4": sum(per_label.values()) / 4,
        "accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold),
        "disease_f1": f1(tp, fp, fn),
        **{f"f1_{k}": v for k, v in per_label.items()},
        "confusion": confusion,
    }


def accuracy(split: str, show_errors: bool) -> dict:
    from kratomwise.claims import check_text

    rows = load(split)
    report = check_text("\n".join(r["text"] for r in rows), lines=True)
    assert len(report.sentences) == len(rows), "one sentence per row expected"
    pred = [s.verdict.value for s in report.sentences]
    pred_d = [s.disease_claim for s in report.sentences]
    if show_errors:
        if split != "train":
            sys.exit("--errors is only allowed on the train split")
        for row, s in zip(rows, report.sentences, strict=True):
            _print_error(row, s.verdict.value, s.disease_claim, s.claim_id)
    gold = [r["verdict"] for r in rows]
    return scores(gold, pred, [r["disease_claim"] == "true" for r in rows], pred_d)


def _print_error(row: dict[str, str], verdict: str, disease: bool, claim_id: object) -> None:
    if row["verdict"] != verdict or (row["disease_claim"] == "true") != disease:
        print(
            f"{row['id']} gold={row['verdict']}/{row['disease_claim'][0]} "
            f"pred={verdict}/{str(disease)[0].lower()} "
            f"[{claim_id}] gold_facts={row['fact_ids']} | {row['text']}"
        )


Predicted = list[tuple[dict[str, str], str, bool]]  # (gold row, verdict, disease flag)


def predict_real(split: str, data: Path, show_errors: bool, only: set[str] | None) -> Predicted:
    """Each gold row with the checker's verdict and flag; ``only``: just these pages."""
    from kratomwise.claims import check_text

    if show_errors and split != "tune":
        sys.exit("--errors is only allowed on the tune split")
    out: Predicted = []
    for page, page_rows in load_real(split, data).items():
        if only is not None and page not in only:
            continue
        text, spans = passage(page_rows)
        aligned = align(text, spans, check_text(text))
        for row, (verdict, disease, claim_id) in zip(page_rows, aligned, strict=True):
            out.append((row, verdict, disease))
            if show_errors:
                _print_error(row, verdict, disease, claim_id)
    return out


def scores_of(predicted: Predicted) -> dict:
    return scores(
        [row["verdict"] for row, _, _ in predicted],
        [verdict for _, verdict, _ in predicted],
        [row["disease_claim"] == "true" for row, _, _ in predicted],
        [disease for _, _, disease in predicted],
    )


def accuracy_real(split: str, data: Path, show_errors: bool, pages: str | None = None) -> dict:
    """Figures on the split; ``pages`` "p001-p087" keeps the pages whose ids fall in that range
    (the corpus grew in rounds: compare a later figure with an earlier one on the same pages)."""
    only = None
    if pages is not None:
        first, _, last = pages.partition("-")
        only = {p for p in load_real(split, data) if first <= p <= last}
    return scores_of(predict_real(split, data, show_errors, only))


def cross_validate(data: Path, folds: int, error_folds: set[int] | None, show_errors: bool) -> None:
    """Per-fold and pooled figures on the tune split, sites grouped in ``folds`` folds."""
    sites = page_sites(data)
    fold_of = {page: site_fold(site, folds) for page, site in sites.items()}
    only = None if error_folds is None else {p for p, f in fold_of.items() if f in error_folds}
    if show_errors:
        predict_real("tune", data, True, only)
    predicted = predict_real("tune", data, False, None)
    print(f"cross-validation by site, tune split, {folds} folds (fold = sha256('cv:' + site) % K)")
    print("  fold  sites  rows  macro_f1_all4  disease_f1  supported contradicted unsupported nac")
    for fold in range(folds):
        part = [p for p in predicted if fold_of[p[0]["page"]] == fold]
        n_sites = len({sites[p[0]["page"]] for p in part})
        f = scores_of(part)
        print(
            f"  {fold:>4}  {n_sites:>5}  {f['rows']:>4}  {f['macro_f1_all4']:>13.3f}  "
            f"{f['disease_f1']:>10.3f}  {f['f1_supported']:>9.3f} {f['f1_contradicted']:>12.3f} "
            f"{f['f1_unsupported']:>11.3f} {f['f1_not_a_claim']:>3.3f}"
        )
    if error_folds is not None:
        for name, chosen in (("analysed", error_folds), ("check", set(range(folds)) - error_folds)):
            part = [p for p in predicted if fold_of[p[0]["page"]] in chosen]
            f = scores_of(part)
            print(
                f"  {name} folds {sorted(chosen)}: rows {f['rows']}, macro_f1_all4 "
                f"{f['macro_f1_all4']:.3f}, disease_f1 {f['disease_f1']:.3f}"
            )
    _print_scores(f"pooled over the folds, rows={len(predicted)}", scores_of(predicted))


def _numbered(text: str, n: int) -> str:
    """The sentence made unique by a copy number placed before its closing punctuation."""
    body, end = (text[:-1], text[-1]) if text[-1:] in ".!?" else (text, ".")
    return f"{body} (copy {n}){end}"


def _rate(run, n_items: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(sentences per CPU second, sentences per wall-clock second) for one run."""
    cpu, wall = time.process_time(), time.perf_counter()
    count = run()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    assert count == n_items or n_items == 0
    return count / cpu, count / wall


def throughput(repeat: int) -> tuple[int, tuple[float, float], tuple[float, float]]:
    """Sentences per second in --lines mode and in full-text mode (pysbd splitting).

    CPU time is the figure for "one core": the machine may be shared, and wall-clock time
    then also counts the time other programs held the core.
    """
    from kratomwise.claims import check_text
    from kratomwise.knowledge import search

    rows = load("train")  # speed is measured on train text only
    # Make each copy distinct so that no cache could help.
    lines = [_numbered(r["text"], n) for n in range(repeat) for r in rows]
    search("kratom")  # warm-up: loads the facts and builds the search index once
    check_text("Kratom is a tree.", lines=True)  # ... and compiles the patterns
    text = "\n".join(lines)
    runs = 3  # best of three: the first run on a shared machine is often slowed down
    lines_rate = max(
        (
            _rate(lambda: len(check_text(text, lines=True).sentences), len(lines))
            for _ in range(runs)
        ),
        key=lambda r: r[0],
    )
    paragraphs = "\n\n".join(" ".join(lines[i : i + 8]) for i in range(0, len(lines), 8))
    text_rate = max(
        (_rate(lambda: len(check_text(paragraphs).sentences), 0) for _ in range(runs)),
        key=lambda r: r[0],
    )
    return len(lines), lines_rate, text_rate


def real_text(data: Path) -> str:
    """The tune split's passages, one after the other (speed is measured on tune text only)."""
    return "\n\n".join(passage(rows)[0] for rows in load_real("tune", data).values())


def _speed_run(data: Path) -> None:
    """One fresh process, one measurement (no cache of an earlier run can help)."""
    from kratomwise.claims import check_text
    from kratomwise.claims.inputs import parse
    from kratomwise.claims.registry import compile_all
    from kratomwise.knowledge import search

    text = real_text(data)
    search("kratom")  # warm-up: loads the facts and builds the search index once
    check_text("Kratom is a tree. It grows in Asia.")  # ... compiles the lexicon
    compile_all()  # ... and every registry pattern (compiled lazily for a quick start-up)
    cpu = time.process_time()
    n = len(parse(text).segments)
    base = time.process_time() - cpu
    cpu = time.process_time()
    count = len(check_text(text).sentences)
    spent = time.process_time() - cpu
    print(f"{count} {count / spent:.1f} {n / base:.1f}")


def throughput_real(data: Path, runs: int = 3) -> tuple[int, float, float]:
    """(sentences, checker sentences per CPU second, same-run baseline rate), best of runs.

    The baseline is reading and splitting the same text (``parse``) in the same process: the
    ratio checker / baseline does not move with the load of a shared machine.
    """
    best: tuple[int, float, float] = (0, 0.0, 1.0)
    for _ in range(runs):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--corpus",
                "real",
                "--split",
                "tune",
                "--data",
                str(data),
                "--_speed-run",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        n, rate, base = int(out[0]), float(out[1]), float(out[2])
        if rate > best[1]:
            best = (n, rate, base)
    return best


def _print_scores(title: str, figures: dict) -> None:
    print(title)
    for key, value in figures.items():
        if key == "confusion":
            print("  confusion (rows gold, columns predicted: " + " ".join(ALL_LABELS) + ")")
            for gold, row in value.items():
                print(f"    {gold:>12}: " + " ".join(f"{row[p]:>4}" for p in ALL_LABELS))
        elif key != "rows":
            print(f"  {key}: {value:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("synthetic", "real"), default="synthetic")
    parser.add_argument(
        "--split",
        choices=("train", "tune", "heldout"),
        required=True,
        help="heldout only to measure: every look at its figures is counted",
    )
    parser.add_argument("--data", type=Path, default=REAL, help="folder of the real corpus")
    parser.add_argument("--errors", action="store_true", help="list wrong rows (tuning split)")
    parser.add_argument("--repeat", type=int, default=10, help="copies of the set for speed")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--cv-by-site", type=int, metavar="K", help="K folds of tune sites")
    parser.add_argument("--folds", help="with --cv-by-site: folds whose errors --errors lists")
    parser.add_argument("--pages", metavar="FIRST-LAST", help="real corpus: only these page ids")
    parser.add_argument("--_speed-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    if args._speed_run:
        _speed_run(args.data)
        return
    if args.cv_by_site is not None:
        if args.corpus != "real" or args.split != "tune":
            sys.exit("--cv-by-site needs --corpus real --split tune")
        chosen = None if args.folds is None else {int(f) for f in args.folds.split(",")}
        cross_validate(args.data, args.cv_by_site, chosen, args.errors)
        return
    if args.corpus == "real":
        if args.split == "train":
            sys.exit("the real corpus has the splits tune and heldout")
        figures = accuracy_real(args.split, args.data, args.errors, args.pages)
    else:
        if args.split == "tune":
            sys.exit("the synthetic set has the splits train and heldout")
        figures = accuracy(args.split, args.errors)
    _print_scores(f"corpus={args.corpus} split={args.split} rows={figures['rows']}", figures)
    if not args.no_speed and args.corpus == "real":
        n, rate, base = throughput_real(args.data)
        cli, cli_cpu, bare = startup()
        print(
            f"throughput (document mode, tune text, {n} sentences, one core, per CPU second, "
            f"best of 3 fresh processes): {rate:.0f}/s; baseline (parse only) {base:.0f}/s; "
            f"ratio {rate / base:.3f}; load average {os.getloadavg()[0]:.2f}"
        )
        print(
            f"start-up, kratomwise check for one sentence: {cli:.2f} s wall, {cli_cpu:.2f} s CPU "
            "(best of 5); "
            f"bare interpreter {bare:.2f} s; ratio {cli / bare:.1f}"
        )
    elif not args.no_speed:
        n, (lines_cpu, lines_wall), (text_cpu, text_wall) = throughput(args.repeat)
        print(
            f"throughput (one core, {n} sentences, best of 3 runs; per CPU second, "
            "wall-clock in brackets): "
            f"--lines {lines_cpu:.0f}/s ({lines_wall:.0f}/s), full text with sentence "
            f"splitting {text_cpu:.0f}/s ({text_wall:.0f}/s); load average "
            f"{os.getloadavg()[0]:.2f}"
        )
    print(f"command: python benchmarks/claims.py {' '.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
