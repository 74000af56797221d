"""Review brand names in the substance table against drug-named-entity-recognition's dictionary.

Build-time helper only (never imported by the package). It reads the dictionary file shipped in
the ``drug-named-entity-recognition`` package (Fast Data Science Ltd, MIT licence) and prints, for
each single substance in ``src/kratomwise/interactions/data/substances.yaml``:

* brand candidates the library knows for that generic that the table does not have yet
  (for a person to review: add only real brands sold in the markets the table covers);
* brands in the table that the library maps to a *different* generic (possible mistakes).

Usage: python scripts/build_aliases.py [--only NAME ...] [--conflicts]
"""

from __future__ import annotations

import argparse
import bz2
import pickle
import re
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

TABLE = Path(__file__).resolve().parents[1] / "src/kratomwise/interactions/data/substances.yaml"


def compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def load_dictionary() -> dict[str, Any]:
    path = resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2")
    with path.open("rb") as raw, bz2.open(raw, "rb") as fh:
        data: dict[str, Any] = pickle.load(fh)  # trusted: installed package data
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="limit to these table names")
    parser.add_argument("--conflicts", action="store_true", help="print only conflicts")
    args = parser.parse_args(argv)

    table = yaml.safe_load(TABLE.read_text("utf-8"))
    data = load_dictionary()
    variant_to_canonical: dict[str, list[str]] = data["drug_variant_to_canonical"]
    variant_data: dict[str, dict[str, Any]] = data["drug_variant_to_variant_data"]

    brands_of: dict[str, set[str]] = defaultdict(set)
    for variant, canonicals in variant_to_canonical.items():
        if variant_data.get(variant, {}).get("is_brand"):
            for canonical in canonicals:
                brands_of[canonical].add(variant)

    known: dict[str, str] = {}  # compact key -> table name
    for entry in table:
        known[compact(entry["name"])] = entry["name"]
        for kind in ("brand", "alias"):
            for name in entry["aliases"][kind] or []:
                known[compact(name)] = entry["name"]

    for entry in table:
        name = entry["name"]
        if entry.get("combination_of") or (args.only and name not in args.only):
            continue
        generics = {name} | {a.lower() for a in entry["aliases"]["alias"] or []}
        new = sorted(b for g in generics for b in brands_of.get(g, ()) if compact(b) not in known)
        conflicts = []
        for brand in entry["aliases"]["brand"] or []:
            mapped = variant_to_canonical.get(brand.lower())
            if mapped and not generics.intersection(mapped):
                conflicts.append(f"{brand} -> {', '.join(mapped)}")
        if conflicts:
            print(f"{name}: CONFLICT {'; '.join(conflicts)}")
        if new and not args.conflicts:
            print(f"{name}: candidates {', '.join(new)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
