"""The vetted reference files, found beside the repository (``../shared/reference/``).

They are maintained outside this repository; CI has them beside its clone. Tests that compare
the packaged copies with them skip, saying why, where they are absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference"


def reference_file(name: str) -> Path:
    """The reference file ``name``, or skip the calling test when it is not on this machine."""
    path = REFERENCE_DIR / name
    if not path.exists():
        pytest.skip(f"reference file {name} not found beside the repository ({REFERENCE_DIR})")
    return path
