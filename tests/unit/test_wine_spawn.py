"""The test process's retry of a start that Wine lost (ERROR_INTERNAL_ERROR) and only that."""

from __future__ import annotations

import pytest

from tests.helpers.wine_spawn import ERROR_INTERNAL_ERROR, retry_wines_lost_starts


def failing(winerror: int | None, times: int) -> type:
    class Starter:
        calls = 0

        def __init__(self, program: str) -> None:
            type(self).calls += 1
            if type(self).calls <= times:
                exc = OSError(22, "CreateProcess failed")
                exc.winerror = winerror  # type: ignore[attr-defined]
                raise exc
            self.program = program

    retry_wines_lost_starts(Starter)
    return Starter


def test_a_start_wine_lost_is_tried_again() -> None:
    starter = failing(ERROR_INTERNAL_ERROR, times=2)
    assert starter("python").program == "python"
    assert starter.calls == 3


def test_it_gives_up_after_three_tries() -> None:
    starter = failing(ERROR_INTERNAL_ERROR, times=5)
    with pytest.raises(OSError):
        starter("python")
    assert starter.calls == 3


def test_any_other_error_is_raised_at_once() -> None:
    starter = failing(2, times=1)  # file not found: the app's own business
    with pytest.raises(OSError):
        starter("missing")
    assert starter.calls == 1
