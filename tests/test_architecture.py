"""The core stays pure: no Django, no ninja, no network, no I/O beyond packaged data."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kratomwise"
CORE = ("knowledge", "assess", "usage", "taper", "interactions", "law", "claims", "sharing")
FORBIDDEN_IMPORTS = (
    "django",
    "ninja",
    "requests",
    "httpx",
    "urllib.request",
    "http.client",
    "socket",
    "kratomwise.web",
    "kratomwise.api",
    "kratomwise.cli",
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            # `from kratomwise import web` imports kratomwise.web as surely as `import` does.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            # Relative imports climb out of the core as easily: `from ..web import x`.
            names.update(_relative_target(path, node))
    return names


def _relative_target(path: Path, node: ast.ImportFrom) -> set[str]:
    parts = ["kratomwise", *path.relative_to(PACKAGE).with_suffix("").parts]
    base = parts[: len(parts) - node.level]
    module = ".".join([*base, *(node.module.split(".") if node.module else [])])
    return {module, *(f"{module}.{alias.name}" for alias in node.names)}


def _core_files() -> list[Path]:
    return sorted(
        p for pkg in CORE if (PACKAGE / pkg).exists() for p in (PACKAGE / pkg).rglob("*.py")
    )


def _forbidden(path: Path) -> set[str]:
    return {
        name
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IMPORTS)
    }


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_imports_no_framework_or_network(path: Path) -> None:
    bad = _forbidden(path)
    assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ("from kratomwise import web", {"kratomwise.web"}),
        ("from kratomwise import api, cli", {"kratomwise.api", "kratomwise.cli"}),
        ("from kratomwise.web import settings", {"kratomwise.web", "kratomwise.web.settings"}),
    ],
)
def test_a_planted_shell_import_is_caught(tmp_path: Path, source: str, caught: set[str]) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(f"{source}\n", encoding="utf-8")
    assert _forbidden(planted) == caught


def test_importing_core_names_from_the_package_is_allowed(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text("from kratomwise import usage, i18n\n", encoding="utf-8")
    assert _forbidden(planted) == set()


def test_core_packages_exist() -> None:
    assert (PACKAGE / "knowledge").is_dir()


def test_importing_the_core_loads_no_django() -> None:
    present = [pkg for pkg in CORE if (PACKAGE / pkg / "__init__.py").exists()]
    code = (
        "import sys\n"
        + "".join(f"import kratomwise.{pkg}\n" for pkg in present)
        + "bad = [m for m in sys.modules if m.split('.')[0] in ('django', 'ninja')]\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cli_non_web_commands_do_not_import_django() -> None:
    code = (
        "import sys\n"
        "from kratomwise.cli.main import invoke\n"
        "assert invoke(['evidence', 'show', 'DEP-08', '--format', 'json']) == 0\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('django', 'ninja')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_the_import_scan_sees_every_form(tmp_path: Path) -> None:
    probe = PACKAGE / "law" / "probe.py"  # only parsed, never written
    tree_forms = {
        "from kratomwise import web": "kratomwise.web",
        "import kratomwise.api.facts": "kratomwise.api.facts",
        "from ..cli import main": "kratomwise.cli.main",
        "from django.db import models": "django.db",
    }
    for source, expected in tree_forms.items():
        fake = tmp_path / "probe.py"
        fake.write_text(source + "\n", encoding="utf-8")
        tree = ast.parse(source)
        node = tree.body[0]
        if isinstance(node, ast.ImportFrom) and node.level:
            found = _relative_target(probe, node)
        else:
            found = _imports(fake)
        assert expected in found, (source, found)
