"""More than one server: two app instances (gunicorn) on one PostgreSQL database and one Redis,
behind Debian's nginx as a round-robin proxy. Prints each check with PASS or FAIL and figures:

1. a bounded load through nginx (wrk) answers with zero errors;
2. sessions are shared: an administrator signs in through instance A and the session works on
   instance B;
3. an edit made through one instance (unpublishing a programme through A) is served by the other
   at once (B's programme page and search, both cached there a moment before);
4. rate limits are shared: sign-in attempts sent alternately to A and B reach the limit together.

Installs nginx and wrk with apt-get when missing. Writes its own nginx configuration in a
temporary directory and runs nginx as a non-daemon child on a free port: no system
configuration is read or changed. THE DATABASE IS EMPTIED and filled with the demo catalogue.

    .venv/bin/python bench/two_instances.py \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/portal_bench \\
        --redis-url redis://127.0.0.1:6379/14
"""

import argparse
import http.client
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.search_load import free_port, load, serve  # noqa: E402

EMAIL, PASSWORD = "bench-admin@example.org", "Lingonsylt-Tunnelbana-Vinter-47"
TOKEN = re.compile(r'name="csrf_token"[^>]*? value="([^"]+)"')
NGINX = """
daemon off;
worker_processes 1;
{user}
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream portal {{
        server 127.0.0.1:{a};
        server 127.0.0.1:{b};
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://portal;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-Host $http_host;
        }}
    }}
}}
"""


def ensure(program: str, package: str) -> str:
    found = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")
    if not found:
        print(f"{program} is missing: apt-get install -y {package}")
        subprocess.run(["apt-get", "install", "-y", package], check=True)
        found = shutil.which(program, path="/usr/sbin:/usr/bin")
    return found


class Browser:
    """A reader's cookies, sent by hand: the production session cookie is Secure and these
    requests are plain HTTP on the loopback."""

    def __init__(self, address: str | None = None):
        self.cookies: dict[str, str] = {}
        self.address = address  # as the proxy would pass it on (X-Forwarded-For)

    def request(self, port: int, method: str, path: str, form: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        headers = {"Host": f"127.0.0.1:{port}"}
        if self.address:
            headers["X-Forwarded-For"] = self.address
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location") or "", text

    def token(self, port: int, path: str) -> str:
        _, _, text = self.request(port, "GET", path)
        match = TOKEN.search(text)
        if not match:
            raise SystemExit(f"no CSRF token on {path}")
        return match.group(1)


def create_database(url: str) -> None:
    """Create the database when the server does not have it yet."""
    from sqlalchemy import create_engine, make_url, text

    target = make_url(url)
    server = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        found = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
        ).first()
        if not found:
            connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    server.dispose()


def prepare(env: dict) -> tuple[int, str, str]:
    """Demo catalogue, an administrator with an authenticator; (programme id, slug, secret)."""
    create_database(env["DATABASE_URL"])
    subprocess.run(
        [sys.executable, str(ROOT / "bench/generate.py"), env["DATABASE_URL"], "demo"],
        check=True,
        cwd=ROOT,
    )
    os.environ.update(env)
    from sqlalchemy import select

    from portal import create_app
    from portal.admin.auth import security
    from portal.admin.users import create_user
    from portal.extensions import db
    from portal.models.admin import User
    from portal.models.catalog import Programme, Status

    app = create_app()
    with app.test_request_context("/"):
        problems = create_user(EMAIL, PASSWORD, ["administrator", "editor"])
        assert not problems, problems
        user = db.session.scalar(select(User).where(User.email == EMAIL))
        user.tf_primary_method = "authenticator"
        user.tf_totp_secret = security._totp_factory.generate_totp_secret()
        secret = user.tf_totp_secret
        db.session.commit()
        programme = db.session.scalars(
            select(Programme).where(Programme.status == Status.PUBLISHED).order_by(Programme.id)
        ).first()
        return programme.id, programme.slug, secret


def totp_code(secret: str) -> str:
    from portal.admin.auth import security

    return security._totp_factory.generate_totp_password(secret)


def check(results: list, name: str, ok: bool, figures: str) -> None:
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {figures}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/portal_bench",
        help="a PostgreSQL database: it is emptied",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    nginx, _ = ensure("nginx", "nginx"), ensure("wrk", "wrk")

    tmp = Path(tempfile.mkdtemp(prefix="portal-two-"))
    tmp.chmod(0o755)
    prefix = f"portal-two-{secrets.token_hex(4)}"
    port, a, b = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "PORTAL_ENV": "production",
        "SECRET_KEY": "two-instances-one-secret-" + secrets.token_hex(16),  # the same for both
        "SECURITY_PASSWORD_SALT": "two-instances-salt",
        "DATABASE_URL": args.database_url,
        "RATELIMIT_STORAGE_URI": args.redis_url,
        "FLASK_RATELIMIT_KEY_PREFIX": prefix,  # this run's own counters
        "FLASK_TRUSTED_PROXIES": "1",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "PYTHONPATH": str(ROOT),
    }
    programme_id, slug, secret = prepare(env)
    user = "user root;" if os.geteuid() == 0 else ""
    (tmp / "nginx.conf").write_text(NGINX.format(tmp=tmp, a=a, b=b, port=port, user=user))
    children = [serve("wsgi:app", a, env), serve("wsgi:app", b, env)]
    results: list[bool] = []
    try:
        children.append(
            subprocess.Popen(
                [nginx, "-c", str(tmp / "nginx.conf"), "-p", str(tmp), "-e", str(tmp / "e.log")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        time.sleep(0.5)
        proxy = f"http://127.0.0.1:{port}"
        print(f"nginx on :{port} round-robin to gunicorn A :{a} and B :{b} (2 workers each)")

        # 1. Bounded load through the proxy.
        for name, path in (
            ("programme page", f"/sv/utbildningar/{slug}"),
            ("search page", "/sv/utbildningar?q=underskoterska"),
        ):
            load(proxy + path, 1, args.connections)  # warm-up
            r = load(proxy + path, args.seconds, args.connections)
            errors = int(r["errors"] + r["non2xx"])
            check(
                results,
                f"load through nginx, {name}",
                errors == 0,
                f"{r['rps']:.0f} req/s, p95 {r['p95']:.1f} ms, {errors} errors, "
                f"wrk -c{args.connections} -d{args.seconds}s, load average {r['load']:.2f}",
            )

        # 2. Sessions: sign in through A, use the session on B.
        officer = Browser()
        status, where, _ = officer.request(
            a,
            "POST",
            "/admin/login",
            {"email": EMAIL, "password": PASSWORD, "csrf_token": officer.token(a, "/admin/login")},
        )
        if status == 302 and "tf-" in where:
            token = officer.token(a, urllib.parse.urlsplit(where).path)
            status, where, _ = officer.request(
                a, "POST", "/admin/tf-validate", {"code": totp_code(secret), "csrf_token": token}
            )
        status_b, _, page_b = officer.request(b, "GET", "/admin/")
        check(
            results,
            "session shared",
            status_b == 200 and EMAIL in page_b,
            f"signed in through A (answer {status}), admin start page through B: {status_b}",
        )

        # 3. An edit through A, served by B at once (B has the pages cached).
        reader = Browser()
        page = f"/sv/utbildningar/{slug}"
        before = [reader.request(b, "GET", page)[0] for _ in range(2)]
        token = officer.token(a, "/admin/programmes")
        edit, _, _ = officer.request(
            a,
            "POST",
            "/admin/programmes/massandring",
            {"bulk": "unpublish", "ids": [str(programme_id)], "csrf_token": token},
        )
        after = reader.request(b, "GET", page)[0]
        via_proxy = [reader.request(port, "GET", page)[0] for _ in range(2)]
        check(
            results,
            "edit through A served by B at once",
            before == [200, 200] and edit in (200, 303) and [after, *via_proxy] == [404] * 3,
            f"programme page on B before {before}, unpublish through A: "
            f"{edit}, B right after: {after}, through nginx: {via_proxy}",
        )

        # 4. Rate limits: one client's sign-in attempts, alternately to A and B, count against
        # one limit (its own address, as nginx passes it on, so earlier steps do not count).
        stranger = Browser(address="203.0.113.7")
        answers = []
        for n in range(25):
            target = (a, b)[n % 2]
            form = {
                "email": "nobody@example.org",
                "password": "wrong-password-123",
                "csrf_token": stranger.token(target, "/admin/login"),
            }
            answers.append(stranger.request(target, "POST", "/admin/login", form)[0])
        first_refusal = answers.index(429) + 1 if 429 in answers else None
        check(
            results,
            "rate limit shared",
            first_refusal == 21,
            f"limit 20 per 15 minutes; attempts alternately A/B; first 429 at attempt "
            f"{first_refusal} (answers: {' '.join(map(str, answers))})",
        )
    finally:
        for child in reversed(children):
            child.terminate()
            child.wait(timeout=10)
        _forget_counters(args.redis_url, prefix)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{sum(results)}/{len(results)} checks passed")
    sys.exit(0 if all(results) else 1)


def _forget_counters(url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    keys = client.keys(f"*{prefix}*")
    if keys:
        client.delete(*keys)
    client.close()


if __name__ == "__main__":
    main()
