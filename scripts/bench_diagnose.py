"""Diagnose time on synthetic config dirs with 100, 1 000 and 10 000 lineages.

    .venv/bin/python scripts/bench_diagnose.py [--sizes 100 1000 10000] [--repeat 3]

Prints, per size, the best of ``--repeat`` runs of the full config-dir inspection (accounts,
every renewal conf parsed, every certificate read, logs scanned) and the time per lineage.
Target (issue #2): 1 000 lineages in under 1 s on the project's 2-core machine, growing linearly.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "gui"))

from certbot_assistant.core.configdir.inspection import inspect_config_dir  # noqa: E402
from tests.helpers.synthetic import build_config_dir  # noqa: E402

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'lineages':>9} {'build s':>8} {'diagnose s':>11} {'ms/lineage':>11} {'findings':>9}")
    with tempfile.TemporaryDirectory(prefix="bench-diagnose-") as tmp:
        for size in args.sizes:
            cfg = Path(tmp) / f"cfg-{size}"
            start = time.perf_counter()
            build_config_dir(cfg, SERVER, lineages=size, accounts=3)
            built = time.perf_counter() - start
            best = float("inf")
            findings = 0
            for _ in range(args.repeat):
                start = time.perf_counter()
                report = inspect_config_dir(cfg, SERVER, "kid-1", scan_platform_logs=False)
                best = min(best, time.perf_counter() - start)
                findings = len(report.findings)
                assert len(report.lineages) == size
            print(
                f"{size:>9} {built:>8.2f} {best:>11.3f} {best / size * 1000:>11.3f} {findings:>9}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
