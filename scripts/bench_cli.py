"""The command line's speed against certbot's own, measured side by side in one run.

    .venv/bin/python scripts/bench_cli.py [--rounds 9] [--lineages 1000] [--certbot PATH]

Two pairs, each run alternately (A B A B ...) so a machine that slows down slows both:
  1. ``certbot-assistant --version``  vs  ``certbot --version``           (target <= 0.6x)
  2. ``certbot-assistant diagnose --config-dir D``  vs  ``certbot certificates --config-dir D``
     on a synthetic folder of ``--lineages`` lineages                    (target <= 0.45x)
Prints each command's median wall time and the median of the per-round ratios. The diagnose
run's findings are counted too, so a faster run that lost findings shows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "gui"))

from tests.helpers.synthetic import add_lineage, build_config_dir  # noqa: E402

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
DEFAULT_CERTBOT = Path.home() / ".cache" / "certbot-assistant" / "certbot" / "bin" / "certbot"


PLANTED = {
    "certificate-expiring", "certificate-key-mismatch", "lineage-account-missing",
    "renewal-conf-unreadable", "secret-in-certbot-log",
}  # fmt: skip
"""What the folder is given besides its healthy lineages, so a faster diagnose that loses a
check shows: the bench fails unless every one is found."""


def plant_problems(cfg: Path) -> None:
    import datetime as dt

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=5)
    add_lineage(cfg, "expiring.example", SERVER, "0" * 32, not_after=soon)
    (cfg / "renewal" / "broken.example.conf").write_text("[renewalparams\n")
    other_key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (cfg / "archive" / "site00000.example" / "privkey1.pem").write_bytes(other_key)
    (cfg / "logs").mkdir(exist_ok=True)
    (cfg / "logs" / "letsencrypt.log").write_text(
        "Arguments: ['--eab-hmac-key', 'c2VjcmV0LWhtYWMta2V5LWZvci10aGUtYmVuY2gtb25seQ']\n"
    )


def assistant() -> list[str]:
    exe = Path(sys.executable).parent / "certbot-assistant"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "certbot_assistant.cli"]


# Both programs as installed: with their compiled bytecode (pip writes it at install; a frozen
# build carries it). A shell that sets PYTHONDONTWRITEBYTECODE would make the assistant compile
# every module on every start, which no user sees.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(argv: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, env=ENV)
    return time.perf_counter() - start, done


def pair(name: str, a: list[str], b: list[str], rounds: int, target: float) -> float:
    timed(a)
    timed(b)  # warm the file cache for both
    a_times, b_times, ratios = [], [], []
    for _ in range(rounds):
        ta, ra = timed(a)
        tb, rb = timed(b)
        if ra.returncode not in (0, 1) or rb.returncode not in (0, 1):
            raise SystemExit(f"{name}: a command failed\n{ra.stderr[-2000:]}\n{rb.stderr[-2000:]}")
        a_times.append(ta)
        b_times.append(tb)
        ratios.append(ta / tb)
    ratio = statistics.median(ratios)
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(
        f"{name:<28} assistant {statistics.median(a_times):6.3f} s   certbot "
        f"{statistics.median(b_times):6.3f} s   ratio {ratio:5.2f} "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f}; target <= {target}) {verdict}"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--lineages", type=int, default=1000)
    parser.add_argument("--certbot", type=Path, default=DEFAULT_CERTBOT)
    args = parser.parse_args()
    certbot = [str(args.certbot)]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "gui" / "certbot_assistant")],
        check=True,
        env=ENV,
    )
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        cfg = Path(tmp) / "Certbot"
        build_config_dir(cfg, SERVER, lineages=args.lineages, accounts=3)
        plant_problems(cfg)
        dirs = ["--config-dir", str(cfg), "--work-dir", f"{tmp}/work", "--logs-dir", f"{tmp}/logs"]
        _, report = timed([*assistant(), "diagnose", "--config-dir", str(cfg), "--format", "json"])
        findings = json.loads(report.stdout)["findings"]
        ids = sorted({f["id"] for f in findings})
        print(f"folder: {args.lineages} lineages; diagnose finds {len(findings)} findings: {ids}")
        lost = PLANTED - set(ids)
        if lost:
            raise SystemExit(f"diagnose lost findings: {sorted(lost)}")
        ok = pair("--version", [*assistant(), "--version"], [*certbot, "--version"],
                  args.rounds, 0.6)  # fmt: skip
        ok2 = pair(
            f"diagnose, {args.lineages} lineages",
            [*assistant(), "diagnose", "--config-dir", str(cfg)],
            [*certbot, "certificates", *dirs],
            args.rounds,
            0.45,
        )
    return 0 if ok <= 0.6 and ok2 <= 0.45 else 1


if __name__ == "__main__":
    sys.exit(main())
