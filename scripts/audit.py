"""Judge a ``pip-audit -f json`` report for CI: 0 known vulnerabilities unless a dated exception
in .ci/audit-exceptions.txt covers one (``VULN-ID until YYYY-MM-DD reason``).

When no package could be looked up (the vulnerability database cannot be reached, e.g. a
machine that reaches only a package mirror), that is said plainly and CI goes on: missing
network is not a failure, and the SBOM still records every package and version.

Usage: python scripts/audit.py REPORT.json [EXCEPTIONS]   (exit 1 = a vulnerability to fix)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

DEFAULT_EXCEPTIONS = Path(__file__).resolve().parent.parent / ".ci" / "audit-exceptions.txt"


def read_exceptions(path: Path, today: dt.date) -> set[str]:
    """Vulnerability ids excepted until a date that has not passed."""
    if not path.exists():
        return set()
    allowed: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) < 4 or parts[1] != "until":
            raise SystemExit(f"audit: bad exception line {line!r} (VULN-ID until DATE reason)")
        if dt.date.fromisoformat(parts[2]) >= today:
            allowed.add(parts[0])
    return allowed


def judge(report: dict[str, Any], allowed: set[str]) -> tuple[int, list[str]]:
    deps = report.get("dependencies", [])
    audited = [d for d in deps if "skip_reason" not in d]
    lines = [f"audit: {len(audited)} of {len(deps)} packages checked against PyPI advisories"]
    if deps and not audited:
        lines.append(
            "audit: LIMITATION: no package could be looked up (vulnerability database not "
            "reachable from this machine); nothing was checked"
        )
        return 0, lines
    found = [(d["name"], d["version"], v["id"]) for d in audited for v in d.get("vulns", [])]
    open_ = [f for f in found if f[2] not in allowed]
    for name, version, vuln in found:
        state = "excepted" if (name, version, vuln) not in open_ else "OPEN"
        lines.append(f"audit: {state} {vuln} in {name} {version}")
    lines.append(f"audit: {len(open_)} known vulnerabilities without a dated exception")
    return (1 if open_ else 0), lines


def main(argv: list[str]) -> int:
    report = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    exceptions = Path(argv[1]) if len(argv) > 1 else DEFAULT_EXCEPTIONS
    code, lines = judge(report, read_exceptions(exceptions, dt.date.today()))
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
