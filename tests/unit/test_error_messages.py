"""Every error a user can read is translatable: no English-only text in a raise.

An error the core raises on purpose (``AssistantError``) or a usage error of the CLI reaches a
person as a message on a page or a line on the console. It must be a ``TranslatableError`` whose
text is a marked template (``QT_TRANSLATE_NOOP``), with only values (paths, names, the OS's own
words) as arguments; or it must be shown as the finding it is. Read from the syntax tree of every
module, so a new raise with an f-string fails here.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from certbot_assistant.cli.exit_codes import UsageError
from certbot_assistant.core.errors import AssistantError, TranslatableError
from certbot_assistant.module_manifest import source_modules

PACKAGE = Path(__file__).resolve().parents[2] / "gui" / "certbot_assistant"
WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")
"""Two words: a sentence, not a program's or a function's name given as a value."""

NEVER_SHOWN = {
    "AssistantError": "the base class; what is raised is one of its subclasses",
    "StepCancelled": "a stopped step ends quietly; the page says it was stopped",
    "RunRefused": "shown as the findings it carries",
}


def _error_classes() -> dict[str, type[BaseException]]:
    import importlib

    found: dict[str, type[BaseException]] = {}
    for name in source_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, AssistantError)
                and value.__module__.startswith("certbot_assistant")
            ):
                found[value.__name__] = value
    return found


def _shown_as_finding(cls: type[BaseException]) -> bool:
    return any("finding" in vars(base) for base in cls.__mro__ if base is not AssistantError)


def test_every_error_a_user_reads_is_translatable() -> None:
    classes = _error_classes()
    assert "DeployError" in classes and "UsageError" in classes
    untranslatable = sorted(
        name
        for name, cls in classes.items()
        if not issubclass(cls, TranslatableError)
        and not _shown_as_finding(cls)
        and name not in NEVER_SHOWN
    )
    assert untranslatable == []


def _marked(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"


def _english(node: ast.expr) -> bool:
    """Literal text with words in it: a constant string or the text parts of an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_english(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    return False


def untranslated_raises(source: str, error_names: set[str]) -> list[str]:
    """``raise X(...)`` of a user-visible error with English text outside a marked template,
    and class-level templates that are not marked."""
    problems: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name in error_names:
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and any(getattr(t, "id", "") == "template" for t in item.targets)
                    and not _marked(item.value)
                    and not (isinstance(item.value, ast.Constant) and item.value.value == "")
                ):
                    problems.append(f"{node.name}.template (line {item.lineno}) is not marked")
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        name = getattr(call.func, "id", "") or getattr(call.func, "attr", "")
        if name not in error_names:
            continue
        positional = list(call.args)
        if name == "UsageError" and positional:
            positional = positional[1:]  # the command's name, then the marked template
            if positional and not _marked(positional[0]):
                problems.append(f"line {node.lineno}: UsageError without a marked template")
            positional = positional[1:]
        for argument in positional:
            if _english(argument):
                problems.append(f"line {node.lineno}: {name} with English text")
        for keyword in call.keywords:
            if keyword.arg == "template" and not (
                _marked(keyword.value) or isinstance(keyword.value, ast.Name | ast.Subscript)
            ):
                problems.append(f"line {node.lineno}: {name} template= is not marked")
    return problems


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_raise_carries_english_text(path: Path) -> None:
    names = {name for name, cls in _error_classes().items() if not _shown_as_finding(cls)} | {
        UsageError.__name__
    }
    assert untranslated_raises(path.read_text(encoding="utf-8"), names) == []


def test_the_scan_sees_english_in_a_raise() -> None:
    sample = (
        "class DeployError(TranslatableError):\n"
        '    template = "%1: %2"\n'
        "def f(path):\n"
        '    raise DeployError(f"{path} is broken")\n'
        '    raise DeployError(path, template=QT_TRANSLATE_NOOP("Deploy", "%1 is broken"))\n'
        '    raise UsageError("deploy", "give --config-dir")\n'
        '    raise UsageError("deploy", QT_TRANSLATE_NOOP("Cli", "give %1"), "--x")\n'
    )
    assert untranslated_raises(sample, {"DeployError", "UsageError"}) == [
        "DeployError.template (line 2) is not marked",
        "line 4: DeployError with English text",
        "line 6: UsageError without a marked template",
    ]
