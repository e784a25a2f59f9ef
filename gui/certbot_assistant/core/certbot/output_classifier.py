"""Turning certbot's console output or ``letsencrypt.log`` text into run findings.

Patterns come from real runs against Pebble (tests/fixtures/certbot-output, made by
scripts/capture_certbot_outputs.py) and from reference/certbot.md §4 for what Pebble cannot
produce (DigiCert's "eab kId mismatch", authorization timeouts, rate limits, older wordings).
The classifier is total: any text gives a list, never an exception.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from certbot_assistant.core import findings as F

_I = re.IGNORECASE


@dataclass(frozen=True)
class _Rule:
    spec_id: str
    pattern: re.Pattern[str]
    # Builds the evidence from the match; the default quotes the matched line as "output".
    details: Callable[[re.Match[str], str], dict[str, str]] | None = None


def _line_of(match: re.Match[str], text: str) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : end if end != -1 else len(text)].strip()
    # Log lines carry "date:LEVEL:logger:" in front; the message is what a person reads.
    line = re.sub(r"^\d{4}-\d\d-\d\d [\d:,]+:[A-Z]+:[\w.]+:", "", line)
    return line[:300]


def _quoted(match: re.Match[str], text: str) -> dict[str, str]:
    return {"output": _line_of(match, text)}


def _success(match: re.Match[str], text: str) -> dict[str, str]:
    path = re.search(r"Certificate is saved at:\s*(\S.*)", text)
    expiry = re.search(r"This certificate expires on (\S+?)\.?\s*$", text, re.MULTILINE)
    path_text = path.group(1).strip() if path else "?"
    expiry_text = expiry.group(1) if expiry else "?"
    return {"path": path_text, "not_after": expiry_text}


def _no_details(match: re.Match[str], text: str) -> dict[str, str]:
    return {"output": _line_of(match, text)}


def _port_details(match: re.Match[str], text: str) -> dict[str, str]:
    port = match.group("port") or match.group("port2") or "80"
    return {"port": port, "holder": "", "output": _line_of(match, text)}


def _setting_details(match: re.Match[str], text: str) -> dict[str, str]:
    """The line that says what is missing, and the question after it when certbot quotes one."""
    line = _line_of(match, text)
    rest = text[match.end() :].lstrip("\n").split("\n", 1)[0].strip()
    if rest and line.rstrip().endswith(":"):
        line = f"{line} {rest}"
    return {"output": line[:300]}


def _rule(spec_id: str, pattern: str, details: object = _quoted) -> _Rule:
    return _Rule(spec_id, re.compile(pattern, _I), details)  # type: ignore[arg-type]


@functools.cache
def rules() -> tuple[_Rule, ...]:
    """The patterns, compiled on first use (not at import: the app starts faster)."""
    return _rules()


def _rules() -> tuple[_Rule, ...]:
    return (
        _rule("run-succeeded", r"Successfully received certificate\.", _success),
        _rule(
            "not-due-for-renewal",
            r"Certificate not yet due for renewal; no action taken",
            _no_details,
        ),
        _rule(
            "eab-required-missing",
            r"Server requires external account binding|error:externalAccountRequired",
            _no_details,
        ),
        _rule(
            "eab-kid-unknown",
            r"references a key that is not known to the ACME server|unknown (?:eab )?kid\b",
        ),
        _rule(
            "eab-hmac-invalid",
            r"external account binding JWS verification error|eab kid mismatch"
            r"|binascii\.Error: (?:Invalid base64|Incorrect padding)|Non-base64 digit found",
        ),
        _rule(
            "registration-unauthorized",
            r"(?:Unable to register an account with ACME server|new-?acct|newAccount)"
            r"[\s\S]{0,4000}?(?:error:unauthorized|lacks sufficient authorization)",
        ),
        _rule(
            "account-deactivated",
            r"Account has been deactivated|Account is not valid, has status"
            r"|account (?:is |was )?(?:deactivated|revoked)",
        ),
        _rule(
            "account-unknown-to-server",
            r"error:accountDoesNotExist|\bAccount \S+ not found\.|Account does not exist",
        ),
        _rule("multiple-accounts-run", r"Please choose an account", _no_details),
        _rule(
            "port-80-in-use",
            r"Could not bind TCP port (?P<port>\d+) because it is already in use"
            r"|Problem binding to port (?P<port2>\d+): .*(?:already in use|Address in use"
            r"|Could not bind to IPv4 or IPv6)"
            r"|At least one of the required ports is already taken",
            _port_details,
        ),
        _rule(
            "port-permission-denied",
            r"Could not bind TCP port \d+ because you don't have the appropriate permissions"
            r"|Problem binding to port \d+: .*Permission denied",
        ),
        _rule(
            "challenge-failed",
            r"Some challenges have failed|Certbot failed to authenticate some domains"
            r"|Failed authorization procedure\.|The client lacks sufficient authorization",
        ),
        _rule(
            "authorization-timeout", r"All authorizations were not finalized by the CA", _no_details
        ),
        _rule("issuance-timeout", r"acme\.errors\.TimeoutError", _no_details),
        _rule("tls-error", r"CERTIFICATE_VERIFY_FAILED|certificate verify failed|SSLError"),
        _rule(
            "proxy-error",
            r"ProxyError|407 Proxy Authentication Required|Tunnel connection failed"
            r"|Unable to connect to proxy",
        ),
        _rule(
            "network-error",
            r"requests\.exceptions\.(?:ConnectionError|ReadTimeout|ConnectTimeout)"
            r"|Failed to establish a new connection|Read timed out|NameResolutionError"
            r"|getaddrinfo failed|Name or service not known|Temporary failure in name resolution"
            # acme up to 4.x: "ValueError: Requesting <host>/<path>: Connection refused"
            r"|Requesting \S+: (?:Connection refused|No route to host|Network is unreachable"
            r"|Connection timed out|timed out)",
        ),
        _rule(
            "bad-nonce",
            r"error:badNonce|invalid anti-replay nonce|JWS has an invalid anti-replay",
        ),
        _rule(
            "eab-algorithm-refused",
            r"error:badSignatureAlgorithm|unexpected signature algorithm \\?\"HS256"
            r"|signed with an algorithm the server does not support",
        ),
        _rule(
            "certbot-missing-setting",
            r"Missing command line flag or config entry for this setting"
            r"|You should register before running non-interactively",
            _setting_details,
        ),
        _rule(
            "windows-file-error",
            r"pywintypes\.error: \((?:5|32|1307|1314|1338)\b"
            r"|\((?:1307|1314), '\w+', '[^']*'\)"
            r"|A required privilege is not held by the client"
            r"|This security ID may not be assigned as the owner of this object",
        ),
        _rule(
            "rate-limited",
            r"error:rateLimited|too many (?:certificates|requests|failed authorizations)",
        ),
        _rule(
            "certbot-already-running",
            r"Another instance of Certbot is already running",
            _no_details,
        ),
    )


# When the first is found, the second is a consequence (or a vaguer reading), not a second
# problem.
_SUPERSEDES = (
    ("tls-error", "network-error"),
    ("proxy-error", "network-error"),
    ("port-permission-denied", "challenge-failed"),
    ("eab-kid-unknown", "account-deactivated"),
    ("eab-hmac-invalid", "account-deactivated"),
    ("registration-unauthorized", "challenge-failed"),
    ("eab-kid-unknown", "registration-unauthorized"),
    ("eab-hmac-invalid", "registration-unauthorized"),
    ("eab-algorithm-refused", "registration-unauthorized"),
    ("account-deactivated", "registration-unauthorized"),
    ("multiple-accounts-run", "certbot-missing-setting"),  # the setting is which account
)

_ERROR_LINE = re.compile(
    r"^(?!Saving debug log|Ask for help|Traceback|\s)"
    r"(?P<line>.*(?:error|failed|unable|could not).*)$",
    re.IGNORECASE | re.MULTILINE,
)


def classify_output(text: str, exit_code: int | None = None) -> list[F.Finding]:
    """Findings for one run's output (stdout+stderr, or its letsencrypt.log).

    With a non-zero ``exit_code`` and nothing recognised, a generic ``run-failed`` quotes the
    most telling line so the user is never left with nothing.
    """
    found: dict[str, F.Finding] = {}
    for rule in rules():
        match = rule.pattern.search(text)
        if match is None:
            continue
        builder = rule.details or _quoted
        found[rule.spec_id] = F.make(rule.spec_id, **builder(match, text))
    for winner, loser in _SUPERSEDES:
        if winner in found:
            found.pop(loser, None)
    if "run-succeeded" in found:
        # A successful run's log can quote earlier attempts; success is what counts.
        found = {k: v for k, v in found.items() if k == "run-succeeded"}
    if not [f for f in found.values() if f.severity is F.Severity.ERROR] and exit_code:
        found["run-failed"] = F.make("run-failed", output=last_error_lines(text, exit_code))
    return F.sort_findings(found.values())


# What a finished run that did nothing wrong prints (success, nothing due, a listing).
_FINE = re.compile(
    r"Successfully received certificate|Congratulations|The dry run was successful"
    r"|Certificate not yet due for renewal|No renewals were attempted"
    r"|Successfully deployed certificate|Found the following certs|No certificates found"
    r"|^certbot \d+\.\d+",
    re.IGNORECASE | re.MULTILINE,
)


def classify_saved_output(text: str) -> list[F.Finding]:
    """Findings for output a person saved, exit code unknown. An output no pattern
    recognises and that shows no success is not "nothing wrong": it gets the generic
    ``run-failed`` with its last error lines, so diagnose exits 1 and shows why."""
    findings = classify_output(text)
    if any(f.severity is F.Severity.ERROR for f in findings) or _FINE.search(text):
        return findings
    generic = F.make("run-failed", output=last_error_lines(text, None))
    return F.sort_findings([*findings, generic])


def last_error_lines(text: str, exit_code: int | None, count: int = 3) -> str:
    """The last few lines that say what failed (else the last lines), for a person to read."""
    lines = [m.group("line").strip() for m in _ERROR_LINE.finditer(text)]
    if not lines:
        lines = [
            line.strip()
            for line in text.splitlines()
            if line.strip() and not line.startswith(("Saving debug log", "Ask for help", "#"))
        ]
    if not lines:
        return f"exit code {exit_code}" if exit_code is not None else "(no output)"
    return "\n".join(line[:300] for line in lines[-count:])
