"""Load test: the portal's search and detail pages against a bare Flask hello-world.

Generates 1,000 programmes, serves the portal with gunicorn (2 workers) and a hello-world app
with the same settings, runs a bounded wrk load against each URL, and prints requests/s, p95
latency and the ratio to hello-world. Needs `wrk` (apt-get install wrk).

    .venv/bin/python bench/search_load.py [--database-url URL] [--seconds 10] [--connections 8]
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(app: str, port: int, env: dict) -> subprocess.Popen:
    proc = subprocess.Popen(
        [str(BIN / "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{port}", app],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"{app} did not start on port {port}")


def load(url: str, seconds: int, connections: int, headers=()) -> dict:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(ROOT / "bench/p95.lua")]
    for header in headers:
        cmd += ["-H", header]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    match = re.search(r"RESULT (.*)", out)
    return {k: float(v) for k, v in (pair.split("=") for pair in match.group(1).split())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--programmes", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")

    tmp = tempfile.mkdtemp(prefix="portal-bench-")
    url = args.database_url or f"sqlite:///{tmp}/bench.db"
    subprocess.run(
        [sys.executable, str(ROOT / "bench/generate.py"), url, str(args.programmes)],
        check=True,
        cwd=ROOT,
    )
    env = {
        **os.environ,
        "PORTAL_ENV": "production",
        "SECRET_KEY": "bench-only-secret",
        "SECURITY_PASSWORD_SALT": "bench-only-salt",
        "DATABASE_URL": url,
        "PYTHONPATH": str(ROOT),
    }
    portal_port, hello_port = free_port(), free_port()
    servers = [serve("wsgi:app", portal_port, env), serve("bench.hello_app:app", hello_port, env)]
    try:
        base = f"http://127.0.0.1:{portal_port}"
        cases = [
            ("hello-world", f"http://127.0.0.1:{hello_port}/", ()),
            (
                "search fragment (filtered)",
                f"{base}/sv/utbildningar?typ=kombinationsutbildning&niva=4&inom=6",
                ("HX-Request: true",),
            ),
            ("search page (full)", f"{base}/sv/utbildningar?q=underskoterska", ()),
            ("detail page", f"{base}/sv/utbildningar/bench-17", ()),
        ]
        results = []
        for name, target, headers in cases:
            load(target, 2, args.connections, headers)  # warm-up
            results.append((name, load(target, args.seconds, args.connections, headers)))
        hello_rps = results[0][1]["rps"]
        print(
            f"\n{args.programmes} programmes, gunicorn 2 workers, wrk -t2 "
            f"-c{args.connections} -d{args.seconds}s, {url.split(':')[0]}"
        )
        print(f"{'case':30} {'req/s':>9} {'p95 ms':>8} {'ratio':>7} {'errors':>7}")
        for name, r in results:
            print(
                f"{name:30} {r['rps']:9.1f} {r['p95']:8.2f} {r['rps'] / hello_rps:7.2f} "
                f"{int(r['errors'] + r['non2xx']):7d}"
            )
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
