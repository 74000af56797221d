"""scripts/audit.py: 0 open vulnerabilities or a dated exception; an unreachable database is
reported, not failed."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit.py"
_spec = importlib.util.spec_from_file_location("audit_script", SCRIPT)
assert _spec and _spec.loader
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)

VULN = {"id": "PYSEC-2099-1", "fix_versions": ["9.9"]}
TODAY = dt.date(2026, 12, 3)


def test_clean_report_passes() -> None:
    report = {"dependencies": [{"name": "django", "version": "5.2", "vulns": []}]}
    code, lines = audit.judge(report, set())
    assert code == 0 and lines[-1] == "audit: 0 known vulnerabilities without a dated exception"


def test_open_vulnerability_fails_until_excepted(tmp_path: Path) -> None:
    report = {"dependencies": [{"name": "django", "version": "5.2", "vulns": [VULN]}]}
    assert audit.judge(report, set())[0] == 1
    exceptions = tmp_path / "ex.txt"
    exceptions.write_text("PYSEC-2099-1 until 2026-12-31 no fix released yet\n")
    assert audit.judge(report, audit.read_exceptions(exceptions, TODAY))[0] == 0
    exceptions.write_text("PYSEC-2099-1 until 2026-11-30 expired\n")
    assert audit.judge(report, audit.read_exceptions(exceptions, TODAY))[0] == 1


def test_unreachable_database_is_reported_not_failed() -> None:
    report = {"dependencies": [{"name": "django", "skip_reason": "Dependency not found on PyPI"}]}
    code, lines = audit.judge(report, set())
    assert code == 0 and "LIMITATION" in lines[1]
