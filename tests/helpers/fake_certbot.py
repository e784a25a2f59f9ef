#!/usr/bin/env python3
"""A stand-in certbot for unit tests of the run engine (the real one runs in e2e tests).

Behaviour by FAKE_CERTBOT_MODE: success, fail, hang (starts a child that sleeps, then sleeps),
slow-lines (prints a line, waits for a file to appear, prints more), register-then-hang
(registers an account as certbot does, says so, then sleeps: the moment a kill hurts most).
``--version`` only prints a version, as discovery's probe expects. Otherwise it records its argv,
the ini it was given and its environment to FAKE_CERTBOT_RECORD (JSON) before doing anything.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit


def arg(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def main() -> int:
    if "--version" in sys.argv:  # discovery's probe: answer as certbot does, touch nothing
        print("certbot 5.8.0")
        return 0
    mode = os.environ.get("FAKE_CERTBOT_MODE", "success")
    ini = arg("-c")
    record = {
        "pid": os.getpid(),
        "argv": sys.argv[1:],
        "ini": Path(ini).read_text() if ini else None,
        "ini_mode": oct(Path(ini).stat().st_mode & 0o777) if ini else None,
        "env": dict(os.environ),
    }
    Path(os.environ["FAKE_CERTBOT_RECORD"]).write_text(json.dumps(record))
    config_dir = Path(arg("--config-dir") or ".")
    server = arg("--server") or "https://x/dir"
    if mode in ("success", "register-then-hang"):
        parts = urlsplit(server)
        account = config_dir / "accounts" / (parts.netloc + parts.path).strip("/") / ("f" * 32)
        account.mkdir(parents=True, exist_ok=True)
        for name in ("regr.json", "private_key.json"):
            (account / name).write_text("{}")
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        (account / "meta.json").write_text(json.dumps({"creation_dt": created}))
        print("Account registered.", flush=True)
        if mode == "register-then-hang":
            time.sleep(300)
            return 0
        print("Requesting a certificate for example.com", flush=True)
        print("Successfully received certificate.")
        print(f"Certificate is saved at: {config_dir}/live/example.com/fullchain.pem")
        print(f"Key is saved at:         {config_dir}/live/example.com/privkey.pem")
        print("This certificate expires on 2031-11-26.")
        return 0
    if mode == "fail":
        print("Saving debug log to /x/letsencrypt.log", file=sys.stderr)
        print("An unexpected error occurred:", file=sys.stderr)
        print("Account has been deactivated", file=sys.stderr)
        return 1
    if mode == "hang":
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
        Path(os.environ["FAKE_CERTBOT_CHILD"]).write_text(str(child.pid))
        print("Requesting a certificate for example.com", flush=True)
        time.sleep(300)
        return 0
    if mode == "slow-lines":
        print("Account registered.", flush=True)
        gate = Path(os.environ["FAKE_CERTBOT_GATE"])
        deadline = time.monotonic() + 30
        while not gate.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        print("Successfully received certificate.")
        return 0
    return 3


if __name__ == "__main__":
    sys.exit(main())
