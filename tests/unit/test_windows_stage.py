"""The Windows stage reads how a Wine run of pytest ended: a crash is a failure, and it names
the test that was running (the last CI run crashed with exit code 0 and no test named)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import windows_stage

PASSING = """\
tests/unit/ui/test_overview.py::test_the_overview_lists_certificates PASSED [ 42%]
tests/unit/ui/test_x.py::test_errors[ja-error0-The task scheduler reported an error] PASSED [ 43%]
================= 2 passed in 3.10s ==================
"""
CRASHED = """\
tests/unit/ui/test_overview.py::test_the_overview_lists_certificates PASSED [ 42%]
tests/unit/ui/test_single_instance.py::test_second_start_raises_the_first Windows fatal exception: access violation

Current thread 0x000005f8 (most recent call first):
  File "C:\\Python311\\Lib\\site-packages\\pytestqt\\plugin.py", line 220 in _process_events
wine: Unhandled page fault on execute access to 000000000289BB10, starting debugger...
Unhandled exception: page fault on execute access to 0x000000000289bb10 in 64-bit code
"""


def test_a_run_with_its_summary_passes() -> None:
    assert windows_stage.tests_outcome(0, PASSING) == 0
    assert windows_stage.tests_outcome(1, PASSING) == 1


def test_a_crash_fails_even_with_exit_code_0_and_names_its_test(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert windows_stage.tests_outcome(0, CRASHED) == 1
    said = capsys.readouterr().out
    assert "crashed in tests/unit/ui/test_single_instance.py::test_second_start" in said


def test_a_crash_after_the_last_test_or_before_the_first_is_said_so() -> None:
    assert windows_stage.crashed_test(PASSING.splitlines()[0]) == "the end, after the last test"
    assert windows_stage.crashed_test("collecting ...") == "the start, before any test"


def test_packed_product_code_as_windows_installer_writes_it() -> None:
    from windows_stage import next_version, packed_guid

    assert packed_guid("{12345678-90AB-CDEF-1234-567890ABCDEF}") == (
        "87654321BA09FEDC2143658709BADCFE"
    )
    assert next_version("0.1.0") == "0.1.1" and next_version("1.9.9") == "1.9.10"
