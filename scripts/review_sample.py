"""Draw the translation-review sample of a language: 10 % of its catalogue entries.

    python scripts/review_sample.py th > sample-th.jsonl

Each line is {"key": ..., "text": msgstr} and nothing of the English: the reviewer, a second
translator who did not write the catalogue, translates each text back into English without
seeing the source. The back-translations, compared with the English sources, go into
docs/translation/review-<lang>.csv (see docs/translation.md). The draw is fixed by SAMPLE_SEED,
so the sample can be drawn again and checked.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "kratomwise" / "locale"
DOMAINS = ("django", "data")
SAMPLE_SHARE = 0.10
SAMPLE_SEED = "kratomwise-review-2026"


def entry_key(domain: str, msgid: str, context: str | None) -> str:
    """A short stable name of one catalogue entry (domain, context and English source)."""
    digest = hashlib.sha256(f"{domain}\0{context or ''}\0{msgid}".encode()).hexdigest()
    return f"{domain}:{digest[:12]}"


def entries(language: str) -> list[tuple[str, str, str]]:
    """(key, English source, translation) of every entry of the language's catalogues; plural
    entries are taken by their singular forms."""
    found = []
    for domain in DOMAINS:
        path = LOCALE / language / "LC_MESSAGES" / f"{domain}.po"
        with path.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            if not message.id:
                continue
            source = message.id[0] if isinstance(message.id, tuple) else message.id
            text = message.string[0] if isinstance(message.string, tuple) else message.string
            found.append((entry_key(domain, source, message.context), source, text))
    return found


def sample(language: str) -> list[tuple[str, str, str]]:
    """The review sample: the entries whose seeded hash ranks lowest, 10 % rounded up."""
    every = entries(language)
    size = math.ceil(len(every) * SAMPLE_SHARE)

    def rank(item: tuple[str, str, str]) -> str:
        return hashlib.sha256(f"{SAMPLE_SEED}:{language}:{item[0]}".encode()).hexdigest()

    return sorted(every, key=rank)[:size]


def main(language: str) -> None:
    for key, _source, text in sample(language):
        print(json.dumps({"key": key, "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
