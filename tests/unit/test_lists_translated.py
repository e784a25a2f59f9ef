"""No user-visible list is joined outside translation: the faces join with ``join_list``
(「、」 in Japanese) and findings carry lists as ``F.items`` (joined the reader's way when
shown). What is left joined with ", " is not for reading (a mail header, a log line)."""

from __future__ import annotations

from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.translate import join_list

PACKAGE = Path(__file__).resolve().parents[2] / "gui" / "certbot_assistant"
NOT_FOR_READING = {
    "core/renewal/notify_mail.py",  # the To: header, as RFC 5322 writes it
    "core/run/certbot_run.py",  # RunRefused's message, for the log
    "core/configdir/renewal_conf.py",  # a renewal conf value as certbot wrote it
    "self_test.py",  # the self-test's own English report
}


def test_no_list_is_joined_outside_translation() -> None:
    joined = [
        f"{path.relative_to(PACKAGE).as_posix()}:{number}: {line.strip()}"
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).as_posix() not in NOT_FOR_READING
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if '", ".join(' in line and "log." not in line
    ]
    assert joined == []


def test_a_findings_list_is_joined_the_readers_way() -> None:
    finding = F.make("migrate-checks-failed", remaining=F.items(["a.example", "b.example"]))
    japanese = {("Findings", ", "): "、"}
    text = finding.detail(lambda context, source: japanese.get((context, source), source))
    assert "a.example、b.example" in text
    assert "a.example, b.example" in finding.detail()
    assert finding.to_json()["evidence"]["remaining"] == "a.example, b.example"
    assert join_list(["x", "y"]) == "x, y"


def test_every_evidence_key_has_a_label_for_the_report() -> None:
    """The help desk's report names each piece of evidence in the reader's language: a key
    without a label would show as the code's own English word."""
    keys = {key for spec in F.CATALOGUE for keys in spec.arguments for key in keys.split("|")}
    unlabelled = sorted(
        k for k in keys if k not in F.EVIDENCE_LABELS and k not in F.TEXT_EVIDENCE_LABELS
    )
    assert unlabelled == []


def test_a_findings_day_is_written_the_readers_way() -> None:
    finding = F.make("domain-validation-expiring", domain="example.com", not_after="2027-03-03")
    japanese = {("Dates", "yyyy-MM-dd"): "yyyy年M月d日"}
    shown = finding.shown_evidence(lambda context, source: japanese.get((context, source), source))
    assert shown["not_after"] == "2027年3月3日"
    assert "2027-03-03" in finding.detail()  # English keeps ISO
    assert finding.to_json()["evidence"]["not_after"] == "2027-03-03"


def test_certcentral_roles_are_named_as_the_console_names_them() -> None:
    finding = F.make("approval-step-may-be-required-role", user="Jill",
                     roles=F.items(["Administrator", "Custom role"]))  # fmt: skip
    japanese = {("CertCentralRoles", "Administrator"): "管理者", ("Findings", ", "): "、"}
    shown = finding.shown_evidence(lambda context, source: japanese.get((context, source), source))
    assert shown["roles"] == "管理者、Custom role"


TEXT_SETTERS = {
    "setText", "setToolTip", "setPlaceholderText", "addItem", "setWindowTitle", "setTitle",
    "setSubTitle", "setAccessibleName", "set_message", "setStatusTip",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
}  # fmt: skip


def test_no_page_shows_text_written_outside_translation() -> None:
    """Text given to a widget is a translated string (``self.tr``, ``translate``) or built
    from one: never a literal or an f-string with words of its own."""
    import ast
    import re

    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", "")
            first = node.args[0]
            if name not in TEXT_SETTERS:
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                text = first.value
            elif isinstance(first, ast.JoinedStr):
                text = "".join(v.value for v in first.values if isinstance(v, ast.Constant))
            else:
                continue
            words = re.sub(r"<[^>]*>", "", text)  # markup is not text
            if re.search(r"[A-Za-z]{2,}", words):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}({text!r})")
    assert found == []
