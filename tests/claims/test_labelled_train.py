"""The train split of the labelled set (tests/data/claims_labelled.csv). Held-out rows are
scored only by benchmarks/claims.py, never here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_claims", ROOT / "benchmarks" / "claims.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_split_scores() -> None:
    if not (ROOT / "tests" / "data" / "claims_labelled.csv").exists():
        pytest.skip("labelled set not present")
    scores = _benchmark().accuracy("train", show_errors=False)
    assert scores["macro_f1_claims"] >= 0.9
    assert scores["disease_f1"] >= 0.9
