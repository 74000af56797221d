"""The audit log's hash chain: each row's hash covers its fields and the previous row's hash.

Changing, deleting or inserting any row breaks every hash after it, so ``first_broken`` finds
the first row that no longer fits. Rows hold who did what to whose record, never health data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first row


def row_hash(fields: Mapping[str, Any], prev_hash: str) -> str:
    """SHA-256 over the row's fields (canonical JSON, values as text) and ``prev_hash``."""
    canonical = json.dumps(
        {key: None if value is None else str(value) for key, value in fields.items()},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def first_broken(rows: Iterable[tuple[Any, Mapping[str, Any], str, str]]) -> Any | None:
    """The id of the first row whose chain does not hold, or None when all rows hold.

    ``rows`` are ``(id, fields, prev_hash, row_hash)`` in the order they were written.
    """
    expected_prev = GENESIS
    for row_id, fields, prev, stored in rows:
        if prev != expected_prev or row_hash(fields, prev) != stored:
            return row_id
        expected_prev = stored
    return None
