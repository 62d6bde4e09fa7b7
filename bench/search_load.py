"""Load test: the portal's search and detail pages against a bare Flask hello-world.

For each catalogue (the demo catalogue and 10,000 generated programmes unless told otherwise)
fills the database, serves the portal with gunicorn (2 workers) and a hello-world app with the
same settings, runs a bounded wrk load against each URL, and prints requests/s, p95 latency,
the ratio to hello-world, errors and the load average when each figure was taken (other work
on the machine lowers every figure). Each page is loaded twice: as a browser asks for it
(`Accept-Encoding: br, gzip`, so the compressed bytes) and without Accept-Encoding (every
byte). Needs `wrk` (installed with apt-get when missing).

    .venv/bin/python bench/search_load.py [--database-url URL] [--catalogues demo,10000]
        [--seconds 10] [--connections 16]
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


BROWSER = "Accept-Encoding: br, gzip"


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


def ensure_wrk() -> None:
    if shutil.which("wrk"):
        return
    print("wrk is missing: apt-get install -y wrk")
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=True)


def load(url: str, seconds: int, connections: int, headers=()) -> dict:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(ROOT / "bench/p95.lua")]
    for header in headers:
        cmd += ["-H", header]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    match = re.search(r"RESULT (.*)", out)
    figures = {k: float(v) for k, v in (pair.split("=") for pair in match.group(1).split())}
    return {**figures, "load": os.getloadavg()[0]}


def published_slug(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        slugs = (
            connection.execute(
                text("SELECT slug FROM programme WHERE status = 'published' ORDER BY id")
            )
            .scalars()
            .all()
        )
    engine.dispose()
    return slugs[min(17, len(slugs) - 1)]


def run_cases(cases, args) -> list:
    results = []
    for name, target, headers in cases:
        load(target, 2, args.connections, headers)  # warm-up
        results.append((name, load(target, args.seconds, args.connections, headers)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="emptied and refilled for each catalogue")
    parser.add_argument("--catalogues", default="demo,10000", help="'demo' or a number, ...")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    ensure_wrk()

    tmp = tempfile.mkdtemp(prefix="portal-bench-")
    url = args.database_url or f"sqlite:///{tmp}/bench.db"
    env = {
        **os.environ,
        "PORTAL_ENV": "production",
        "SECRET_KEY": "bench-only-secret",
        "SECURITY_PASSWORD_SALT": "bench-only-salt",
        "DATABASE_URL": url,
        "PYTHONPATH": str(ROOT),
    }
    hello_port = free_port()
    hello = serve("bench.hello_app:app", hello_port, env)
    tables = []
    try:
        for catalogue in args.catalogues.split(","):
            subprocess.run(
                [sys.executable, str(ROOT / "bench/generate.py"), url, catalogue],
                check=True,
                cwd=ROOT,
            )
            port = free_port()
            portal = serve("wsgi:app", port, env)
            base = f"http://127.0.0.1:{port}"
            try:
                slug = published_slug(url)
                pages = [
                    (
                        "search fragment (filtered)",
                        "/sv/utbildningar?typ=kombinationsutbildning&niva=4&inom=6",
                        ("HX-Request: true",),
                    ),
                    ("search page (full)", "/sv/utbildningar?q=underskoterska", ()),
                    ("programme page", f"/sv/utbildningar/{slug}", ()),
                ]
                # As a browser asks (compressed), and without Accept-Encoding (all bytes).
                cases = [("hello-world", f"http://127.0.0.1:{hello_port}/", ())]
                for name, path, headers in pages:
                    cases.append((f"{name} br", base + path, (*headers, BROWSER)))
                for name, path, headers in pages:
                    cases.append((f"{name} identity", base + path, headers))
                tables.append((catalogue, run_cases(cases, args)))
            finally:
                portal.terminate()
                portal.wait(timeout=10)
    finally:
        hello.terminate()
        hello.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    for catalogue, results in tables:
        hello_rps = results[0][1]["rps"]
        print(
            f"\ncatalogue {catalogue}: gunicorn 2 workers, wrk -t2 -c{args.connections} "
            f"-d{args.seconds}s, {url.split(':')[0]}"
        )
        print(f"{'case':36} {'req/s':>9} {'p95 ms':>8} {'ratio':>7} {'errors':>7} {'load':>6}")
        for name, r in results:
            ratio = r["rps"] / hello_rps
            errors = int(r["errors"] + r["non2xx"])
            verdict = (
                ""
                if name == "hello-world"
                else ("PASS" if ratio >= 0.5 and errors == 0 else "FAIL")
            )
            print(
                f"{name:36} {r['rps']:9.1f} {r['p95']:8.2f} {ratio:7.2f} {errors:7d} "
                f"{r['load']:6.2f} {verdict}"
            )


if __name__ == "__main__":
    main()
