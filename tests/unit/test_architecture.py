"""Architecture rule 1: nothing under core/ imports PySide6, checked on the syntax tree."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "gui" / "certbot_assistant" / "core"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            names += [a.value for a in node.args if isinstance(a, ast.Constant)]
    return names


def test_core_never_imports_pyside6() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert files, "core/ has no modules?"
    offenders = {
        str(p.relative_to(CORE)): name
        for p in files
        for name in _imports(p)
        if str(name).split(".")[0] in ("PySide6", "shiboken6")
    }
    assert offenders == {}


def test_the_check_sees_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n")
    assert "PySide6.QtCore" in _imports(sample)


PACKAGE = CORE.parent


def _imports_by_name(path: Path) -> list[int]:
    """Lines that load a module by a name computed at run time (importlib, __import__)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            getattr(node.func, "id", "") == "__import__"
            or getattr(node.func, "attr", "") == "import_module"
        )
    ]


def test_no_module_is_imported_by_name_outside_the_self_test() -> None:
    """Rule 6: PyInstaller follows import statements only; a module named in a string never
    reaches the frozen bundle (six wizard pages once did not). The self-test is the one
    exception: it imports the list of modules on purpose, to prove they are all there."""
    offenders = {
        str(p.relative_to(PACKAGE)): lines
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.name != "self_test.py" and (lines := _imports_by_name(p))
    }
    assert offenders == {}


def test_the_dynamic_import_check_sees_one(tmp_path: Path) -> None:
    sample = tmp_path / "pages.py"
    sample.write_text("import importlib\nimportlib.import_module(f'x.{name}')\n")
    assert _imports_by_name(sample) == [2]
