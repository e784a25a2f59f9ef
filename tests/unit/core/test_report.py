"""The help-desk report hides secrets in every spelling they reach it in."""

from __future__ import annotations

import base64
import urllib.parse

import pytest

from certbot_assistant.core.diagnosis.report import ReportInput, build_report

HMAC = "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3M-UAsUDkMTQ12W_"
API_KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567+/"


def _forms(secret: str) -> dict[str, str]:
    standard = secret.replace("-", "+").replace("_", "/")
    return {
        "exact": secret,
        "base64 of it": base64.b64encode(secret.encode()).decode(),
        "urlsafe base64 of it": base64.urlsafe_b64encode(secret.encode()).decode(),
        "standard alphabet": standard,
        "URL-encoded": urllib.parse.quote(secret, safe=""),
        "URL-encoded standard": urllib.parse.quote(standard, safe=""),
        "split over lines": secret[:20] + "\n" + secret[20:40] + "\r\n    " + secret[40:],
        "wrapped base64": base64.encodebytes(secret.encode()).decode(),
    }


@pytest.mark.parametrize("secret", [HMAC, API_KEY])
@pytest.mark.parametrize("form", list(_forms(HMAC)))
def test_a_secret_is_masked_in_every_form(secret: str, form: str) -> None:
    spelled = _forms(secret)[form]
    text = build_report(
        ReportInput(run_output=f"before {spelled} after", secrets=[secret, "unrelated"])
    )
    assert spelled not in text
    for piece in spelled.split():
        if len(piece) >= 12:
            assert piece not in text, (form, piece)
    assert "before" in text and "after" in text
