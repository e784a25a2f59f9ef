"""Config dirs laid out the way certbot 5.x writes them, without running certbot.

Unit tests and the benchmark use these; the integration tests use real certbot instead. The
writers themselves live in the app's demo package, which builds its sample folders with them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from certbot_assistant.demo.sample_config_dir import (
    add_account,
    add_lineage,
    make_cert_pem,
    server_folder,
)

__all__ = ["add_account", "add_lineage", "build_config_dir", "make_cert_pem", "server_folder"]


def build_config_dir(config_dir: Path, server: str, lineages: int, accounts: int = 1) -> list[str]:
    """A dir with ``accounts`` accounts (one on ``server``) and ``lineages`` certificates."""
    ids = [add_account(config_dir, server, "main")]
    for n in range(1, accounts):
        ids.append(add_account(config_dir, f"https://other{n}.example/acme/dir", f"o{n}"))
    pem = make_cert_pem(["bench.example"], dt.datetime.now(dt.UTC) + dt.timedelta(days=80))
    for n in range(lineages):
        add_lineage(config_dir, f"site{n:05d}.example", server, ids[0], pem=pem)
    return ids
