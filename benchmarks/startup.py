"""Start-up time of a command, against the bare interpreter in the same run.

Used by benchmarks/claims.py (``kratomwise check`` for one sentence); kept apart so the
claims benchmark stays one file per concern.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time


def startup(runs: int = 5) -> tuple[float, float, float]:
    """``kratomwise check`` for one sentence: (best wall seconds, best CPU seconds of the
    child), and the bare interpreter's best wall seconds (the same-run baseline)."""

    def best(argv: list[str], stdin: str) -> tuple[float, float]:
        walls, cpus = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(argv, input=stdin, capture_output=True, text=True, check=True)
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return min(walls), min(cpus)

    cli_wall, cli_cpu = best(
        [sys.executable, "-m", "kratomwise", "check", "-"], "Kratom is a tree.\n"
    )
    bare_wall, _ = best([sys.executable, "-c", "pass"], "")
    return cli_wall, cli_cpu, bare_wall
