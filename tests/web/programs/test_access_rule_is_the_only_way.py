"""Clinician views never read another person's rows without the access rule."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[3] / "src" / "kratomwise"
HEALTH_MODELS = {"Entry", "InstrumentResponse", "TaperCheckIn", "TaperPlan", "HoldOverride"}
# Modules that show someone else's data. caseload.py only receives people and categories that
# access.people_shared_with already decided.
GUARDED = [
    WEB / "web" / "programs" / "views" / "clinic.py",
    WEB / "web" / "programs" / "caseload.py",
]
GUARDS = {"read_or_404", "people_shared_with", "refuse"}


def _functions(tree: ast.AST) -> list[ast.FunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


@pytest.mark.parametrize("path", GUARDED, ids=lambda p: p.name)
def test_health_rows_are_read_only_behind_the_access_rule(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function in _functions(tree):
        names = _names(function)
        if names & HEALTH_MODELS and path.name == "clinic.py":
            assert names & GUARDS, (
                f"{path.name}:{function.name} reads health rows without read_or_404"
            )
    if path.name == "caseload.py":
        views = (WEB / "web" / "programs" / "views" / "clinic.py").read_text(encoding="utf-8")
        assert "caseload.rows(shared)" in views and "shared = people_shared_with(" in views


def test_record_builders_are_called_only_behind_the_rule() -> None:
    """summary.build and fhir_export.bundle_for read whatever they are given: only the export
    module (which asks the rule first) and the person's own CLI command may call them."""
    callers = {
        path.relative_to(WEB).as_posix()
        for path in WEB.rglob("*.py")
        if "summary.build(" in path.read_text(encoding="utf-8")
        or "pdf.build(" in path.read_text(encoding="utf-8")
        or "bundle_for(" in path.read_text(encoding="utf-8")
    }
    assert callers <= {"web/programs/exports.py", "cli/summary.py", "web/programs/fhir_export.py"}
    exports = (WEB / "web" / "programs" / "exports.py").read_text(encoding="utf-8")
    assert "read_or_404(" in exports and "people_shared_with(" in exports


def test_no_api_module_reads_clinician_shared_data_without_the_rule() -> None:
    for path in sorted((WEB / "api").glob("*.py")):
        # Auditing a refused attempt at someone's object reads no shared data.
        text = path.read_text(encoding="utf-8").replace("web.programs.owned import", "")
        if "programs" in text:
            assert "read_or_404" in text or "can_read" in text, path.name
