"""The largest text the API and the page accept is checked within the time budget."""

from __future__ import annotations

import time

from kratomwise.claims import MAX_CHARS, check_text

BUDGET_S = 10.0  # issue 14 item 3: the largest accepted input finishes in 10 s on one core


def test_largest_accepted_costly_text_fits_the_budget() -> None:
    # dense short sentences with abbreviations: the costliest text per character we measured
    unit = "Dr. Lee said kratom is risky, e.g. no. {n} in the U.S. study. "
    parts, size, n = [], 0, 0
    while size < MAX_CHARS:
        piece = unit.format(n=n)
        parts.append(piece)
        size += len(piece)
        n += 1
    text = "".join(parts)[:MAX_CHARS]
    check_text("Kratom is a tree.")  # data loaded once, as in a running server
    started = time.process_time()
    report = check_text(text)
    assert time.process_time() - started < BUDGET_S
    assert len(report.sentences) > 1500
