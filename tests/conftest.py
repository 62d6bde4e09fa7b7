"""Shared fixtures. The suite runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set."""

import os

os.environ["PORTAL_ENV"] = "testing"

import pytest
from flask.testing import FlaskClient

from portal import create_app
from portal.extensions import db


class IsolatedClient(FlaskClient):
    """Each request runs in its own app context, as in production. Without this, a request
    made while a test holds an app context would share that context's `g` and database
    session with the test and with every other request."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


_SUITE: dict = {}  # the session's app, once created


@pytest.fixture(scope="session")
def app():
    app = create_app()
    app.test_client_class = IsolatedClient
    _SUITE["app"] = app
    with app.app_context():
        if db.engine.dialect.name == "postgresql":  # as migration 0010 does
            with db.engine.begin() as conn:
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Each test starts with no requests counted against the rate limits.

    The limiter is one object that every create_app() binds to that app's storage (a test's
    own app may name a Redis). After each test it is bound to the suite's app again, which
    gives it a new, empty in-memory storage: nothing is cleared, so the suite never empties a
    storage it did not create."""
    from portal.extensions import limiter

    yield
    if "app" in _SUITE:
        # Flask-Limiter keeps the first key prefix it is given; a test's own prefix must not
        # outlive the test (the next test's own keys would carry it).
        limiter._key_prefix = ""
        limiter.init_app(_SUITE["app"])


@pytest.fixture(autouse=True)
def _clean_tables(request):
    """Every test starts with empty tables (only when the test uses the database)."""
    yield
    if "app" not in request.fixturenames:
        return
    app = request.getfixturevalue("app")
    from portal.catalog import cache

    cache.clear()
    with app.app_context():
        db.session.remove()
        for table in reversed(db.metadata.sorted_tables):
            db.session.execute(table.delete())
        db.session.commit()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def make_app():
    """A fresh app with overrides, for tests that need their own settings or routes."""
    made = []

    def factory(**overrides):
        made.append(create_app(overrides))
        made[-1].test_client_class = IsolatedClient
        return made[-1]

    yield factory
    for app in made:
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def session(app):
    """The database session inside an app context, for building test data."""
    with app.app_context():
        yield db.session
        db.session.rollback()


@pytest.fixture
def editor(client, session):
    """The test client, signed in as a catalogue editor."""
    from tests.admin_helpers import make_user, sign_in

    make_user("redaktor@stockholm.se", "editor")
    sign_in(client, "redaktor@stockholm.se")
    return client


@pytest.fixture
def count_queries(app):
    """Count SQL statements run inside a `with count_queries() as counter:` block."""
    from contextlib import contextmanager

    from sqlalchemy import Engine, event

    @contextmanager
    def counting():
        counter = {"n": 0}

        def before(*_args):
            counter["n"] += 1

        # Every engine, not only the app's: the page cache reads the revision through a small
        # pool of its own on a database server.
        event.listen(Engine, "before_cursor_execute", before)
        try:
            yield counter
        finally:
            event.remove(Engine, "before_cursor_execute", before)

    return counting


class _SmtpHandler:
    """aiosmtpd's handler: records each session and message. (Kept apart from _Inbox:
    aiosmtpd looks through its handler's attributes, which must not run the sender.)"""

    def __init__(self):
        self.received = []
        self.raw = []
        self.connections = 0
        self.delay = 0.0
        self.refuse: set[str] = set()  # recipients refused for good (550)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):
        import asyncio
        from email import message_from_bytes, policy

        if self.delay:
            await asyncio.sleep(self.delay)
        self.raw.append(envelope.content)
        self.received.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


class _Inbox:
    """What a real SMTP server on loopback received, raw and parsed.

    `received` is what arrived so far. `messages` first runs the sender once, as the mail
    worker does in production between a request and the reader opening their inbox, so a
    test reads the inbox the way a person would. `connections` counts SMTP sessions (EHLO);
    setting `delay` makes the server slow to accept each message."""

    def __init__(self, app, handler, port):
        self.app, self.handler, self.port = app, handler, port
        self.received, self.raw = handler.received, handler.raw

    @property
    def connections(self):
        return self.handler.connections

    @property
    def delay(self):
        return self.handler.delay

    @delay.setter
    def delay(self, seconds):
        self.handler.delay = seconds

    def deliver(self):
        """Run the sender once over what is queued (what `flask mail send-queued` does)."""
        from portal.mail import sender, worker

        with self.app.app_context(), worker.public_context():
            counts = worker.run_round(sender.sender_name())
            db.session.remove()
        return counts

    @property
    def messages(self):
        self.deliver()
        return self.received


@pytest.fixture
def smtp(app, monkeypatch):
    """A real SMTP server (aiosmtpd) on 127.0.0.1; the app sends its mail there."""
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = _SmtpHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", port)
    yield _Inbox(app, handler, port)
    controller.stop()


@pytest.fixture
def shared_app(app, make_app, tmp_path):
    """The app on a database several connections share, for tests of concurrent senders: the
    suite's own on PostgreSQL, a file on SQLite (an in-memory database is one connection)."""
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        return app
    other = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'shared.db'}")
    with other.app_context():
        db.create_all()
    return other


class _SmsProvider:
    """A real HTTP server on 127.0.0.1 standing in for the SMS provider's REST API (46elks
    style: POST form fields from, to, message with basic auth; answers JSON with an id).

    `received`: what arrived and was accepted, each a dict with `to`, `message`, `from`,
    `user`, `password`, `id`. `requests`: every request, accepted or not. `messages` first
    runs the sender once (as `_Inbox.messages` does for mail). Failures on demand:
    `fail(n, status=500)` answers the next n requests with that status (and `body`),
    `down()` closes the port (connection refused) until `up()`, `delay` holds each answer
    (beyond SMS_TIMEOUT the portal cannot know whether the text went out, and gives it up).
    `texts_to(number)` lists the texts that number received. `reply(client, number, text)`
    posts a reply to the portal's inbound webhook with the provider's credentials, as the
    provider would (`auth=False`: without them)."""

    PATH = "/a1/sms"
    USER, PASSWORD = "u-provider-test", "provider-secret"
    INBOUND_USER, INBOUND_PASSWORD = "provider-webhook", "webhook-secret"

    def __init__(self, app):
        import socket

        self.app = app
        self.received: list[dict] = []
        self.requests: list[dict] = []
        self.delay = 0.0
        self._failures: list[tuple[int, str]] = []
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}{self.PATH}"
        self._server = None
        self.up()

    def _handler(self):
        import base64
        import json
        import time
        from http.server import BaseHTTPRequestHandler
        from urllib.parse import parse_qs

        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet, and no numbers anywhere
                pass

            def _answer(self, status, body=b"", kind="text/plain"):
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                user = password = None
                auth = self.headers.get("Authorization", "")
                if auth.startswith("Basic "):
                    user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
                record = {
                    "to": form.get("to"),
                    "message": form.get("message"),
                    "from": form.get("from"),
                    "user": user,
                    "password": password,
                    "path": self.path,
                }
                provider.requests.append(record)
                if provider.delay:
                    time.sleep(provider.delay)
                if provider._failures:
                    status, body = provider._failures.pop(0)
                    return self._answer(status, body.encode())
                if self.path != provider.PATH:
                    return self._answer(404, b"Not found")
                if (user, password) != (provider.USER, provider.PASSWORD):
                    return self._answer(401, b"Unauthorized")
                if not (form.get("to") or "").startswith("+"):
                    return self._answer(400, b"Invalid to number")
                record["id"] = f"s{len(provider.received) + 1:032x}"
                provider.received.append(record)
                answer = {"id": record["id"], "status": "created", **form}
                self._answer(200, json.dumps(answer).encode(), "application/json")

        return Handler

    def up(self):
        """Listen (again) on the same port."""
        import threading
        from http.server import ThreadingHTTPServer

        if self._server is None:
            self._server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
            serve = self._server.serve_forever
            threading.Thread(target=serve, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def down(self):
        """Close the port: connections are refused until `up()`."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def fail(self, times=1, status=500, body="Internal Server Error"):
        """Answer the next `times` requests with `status` (nothing is received)."""
        self._failures.extend([(status, body)] * times)

    def deliver(self):
        """Run the sender once over what is queued (what `flask mail send-queued` does)."""
        from portal.mail import sender, worker

        with self.app.app_context(), worker.public_context():
            counts = worker.run_round(sender.sender_name())
            db.session.remove()
        return counts

    @property
    def messages(self):
        self.deliver()
        return self.received

    def texts_to(self, number):
        return [r["message"] for r in self.received if r["to"] == number]

    def reply(self, client, number, text, auth=True):
        """The provider forwarding a reply from `number` to the portal's webhook."""
        import base64

        headers = {}
        if auth:
            token = base64.b64encode(f"{self.INBOUND_USER}:{self.INBOUND_PASSWORD}".encode())
            headers["Authorization"] = f"Basic {token.decode()}"
        data = {"from": number, "to": "+46766860000", "message": text, "direction": "incoming"}
        return client.post("/api/v1/sms/inbound", data=data, headers=headers)


@pytest.fixture
def sms_provider(app, monkeypatch):
    """A real HTTP server on 127.0.0.1 standing in for the SMS provider; the app sends its
    text messages there and accepts replies with the provider's webhook credentials."""
    provider = _SmsProvider(app)
    settings = {
        "SMS_BACKEND": "http",
        "SMS_API_URL": provider.url,
        "SMS_API_USER": provider.USER,
        "SMS_API_PASSWORD": provider.PASSWORD,
        "SMS_SENDER": "Stockholm",
        "SMS_TIMEOUT": 2,
        "SMS_INBOUND_USER": provider.INBOUND_USER,
        "SMS_INBOUND_PASSWORD": provider.INBOUND_PASSWORD,
    }
    for key, value in settings.items():
        monkeypatch.setitem(app.config, key, value)
    yield provider
    provider.down()
