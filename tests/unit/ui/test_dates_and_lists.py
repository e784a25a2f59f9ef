"""Dates and lists as the reader writes them, in the app's language (the installed
translators): 2027-02-21 and "a, b" in English, 2027年2月21日 and 「a、b」 in Japanese."""

from __future__ import annotations

from datetime import UTC, datetime

from certbot_assistant.translate import date_text, join_list


def test_dates_and_lists_follow_the_language(language: str) -> None:
    moment = datetime(2027, 2, 21, 9, 5, tzinfo=UTC)
    if language == "ja":
        assert date_text(moment) == "2027年2月21日"
        assert date_text(moment, time=True) == "2027年2月21日 09:05 UTC"
        assert join_list(["a.example", "b.example"]) == "a.example、b.example"
    else:
        assert date_text(moment) == "2027-02-21"
        assert date_text(moment, time=True) == "2027-02-21 09:05 UTC"
        assert join_list(["a.example", "b.example"]) == "a.example, b.example"
