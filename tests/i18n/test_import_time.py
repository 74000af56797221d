"""Importing the core translates nothing: texts defined at import time are marked with N_()."""

from __future__ import annotations

import subprocess
import sys

from tests.test_architecture import CORE

SCAN = """
import importlib, pkgutil, traceback
import kratomwise.i18n as i18n
calls = []
def spy(message, _real=i18n._):
    frame = traceback.extract_stack()[-2]
    calls.append(f"{frame.filename.split('kratomwise/')[-1]}:{frame.lineno} {message[:50]!r}")
    return _real(message)
i18n._ = spy
for name in CORE_PACKAGES:
    package = importlib.import_module("kratomwise." + name)
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
importlib.import_module("kratomwise.dates")
print("\\n".join(calls))
"""


def test_importing_the_core_calls_no_translation() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCAN.replace("CORE_PACKAGES", repr(CORE))],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""
