"""The package's import graph: no circle anywhere, and every layer imports only downwards.

Read from the syntax tree (every import statement, in functions and under TYPE_CHECKING too),
so a circle that only shows at run time on one path is caught here on every machine.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "gui" / "certbot_assistant"
ROOT = "certbot_assistant"


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, known: set[str]) -> set[str]:
    """The package's own modules that ``path`` imports (``from a import b`` is ``a.b`` when b
    is a module, else ``a``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [
                f"{node.module}.{alias.name}"
                if f"{node.module}.{alias.name}" in known
                else node.module
                for alias in node.names
            ]
        else:
            continue
        found |= {name for name in names if name in known}
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    files = {module_name(p, package): p for p in sorted(package.rglob("*.py"))}
    known = set(files)
    return {name: imported(path, known) - {name} for name, path in files.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_no_import_circle() -> None:
    assert circles(import_graph()) == []


def test_the_core_subjects_have_no_circle_between_them() -> None:
    """``core.certbot`` may use ``core.system``, but then ``core.system`` never uses
    ``core.certbot``: each subject folder is a room, and rooms do not lean on each other both
    ways."""
    rooms: dict[str, set[str]] = {}
    for source, targets in import_graph().items():
        rooms.setdefault(_room(source), set()).update(_room(t) for t in targets)
    assert circles({room: deps - {room} for room, deps in rooms.items()}) == []


def _room(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) > 3 else module


LAYERS: tuple[tuple[str, ...], ...] = (
    # Lowest first; a module may import its own layer and those below, never above.
    (
        "certbot_assistant",
        "certbot_assistant.module_manifest",
        "certbot_assistant.translate",
        "certbot_assistant.core",
        "certbot_assistant.core.translation",
        "certbot_assistant.core.utc_time",
        "certbot_assistant.core.text_output",
        "certbot_assistant.core.sandbox",
        "certbot_assistant.core.own_command",
    ),
    (
        "certbot_assistant.core.errors",
        "certbot_assistant.core.step_context",
        "certbot_assistant.core.system",
        "certbot_assistant.core.findings",
    ),
    (
        "certbot_assistant.core.certbot",
        "certbot_assistant.core.configdir",
        "certbot_assistant.core.run",
        "certbot_assistant.core.certcentral",
        "certbot_assistant.core.windows",
        "certbot_assistant.core.certificates",
        "certbot_assistant.core.renewal",
        "certbot_assistant.core.diagnosis",
        "certbot_assistant.core.secrets",
        "certbot_assistant.core.validation",
        "certbot_assistant.core.app_logging",
        "certbot_assistant.core.policy",
    ),
    ("certbot_assistant.core.services",),
    ("certbot_assistant.core.steps", "certbot_assistant.core.assistant"),
    ("certbot_assistant.demo",),
    ("certbot_assistant.status_words", "certbot_assistant.i18n"),
    ("certbot_assistant.ui",),
    (
        "certbot_assistant.cli",
        "certbot_assistant.self_test",
        "certbot_assistant.app",
        "certbot_assistant.__main__",
    ),
)


PACKAGES_ONLY = {"certbot_assistant", "certbot_assistant.core"}
"""Members that stand for the package's own ``__init__`` only, not for what lies in it."""


def layer_of(module: str) -> int:
    best, depth = -1, -1
    for number, members in enumerate(LAYERS):
        for member in members:
            inside = module.startswith(member + ".") and member not in PACKAGES_ONLY
            if (module == member or inside) and len(member) > depth:
                best, depth = number, len(member)
    assert best >= 0, f"{module} belongs to no layer: add it to LAYERS"
    return best


def upward_imports(graph: dict[str, set[str]]) -> Iterator[str]:
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            if layer_of(target) > layer_of(source):
                yield f"{source} -> {target}"


def test_every_layer_imports_only_downwards() -> None:
    assert list(upward_imports(import_graph())) == []


def test_the_cli_and_the_wizard_do_not_import_each_other() -> None:
    graph = import_graph()
    crossing = [
        f"{s} -> {t}"
        for s, targets in graph.items()
        for t in targets
        if (s.startswith(f"{ROOT}.cli") and t.startswith(f"{ROOT}.ui"))
        or (s.startswith(f"{ROOT}.ui") and t.startswith(f"{ROOT}.cli"))
    ]
    assert crossing == []


def test_no_command_module_imports_another() -> None:
    """A command is one room: it may use the shared helpers, never another command."""
    shared = {
        f"{ROOT}.cli",
        f"{ROOT}.cli.common",
        f"{ROOT}.cli.exit_codes",
        f"{ROOT}.cli.stop_signals",
    }
    graph = import_graph()
    crossing = [
        f"{s} -> {t}"
        for s, targets in graph.items()
        if s.startswith(f"{ROOT}.cli.")
        for t in targets
        if t.startswith(f"{ROOT}.cli.") and t not in shared
    ]
    assert crossing == []


def test_the_checks_see_a_circle_and_an_upward_import(tmp_path: Path) -> None:
    package = tmp_path / "certbot_assistant"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text("")
    (package / "core" / "utc_time.py").write_text("from certbot_assistant.core import sandbox\n")
    (package / "core" / "sandbox.py").write_text("import certbot_assistant.core.utc_time\n")
    (package / "ui.py").write_text("")
    (package / "core" / "translation.py").write_text("from certbot_assistant import ui\n")
    graph = import_graph(package)
    assert circles(graph) == [["certbot_assistant.core.sandbox", "certbot_assistant.core.utc_time"]]
    assert list(upward_imports(graph)) == [
        "certbot_assistant.core.translation -> certbot_assistant.ui"
    ]
