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
def count_queries(app):
    """Count SQL statements run inside a `with count_queries() as counter:` block."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def counting():
        counter = {"n": 0}

        def before(*_args):
            counter["n"] += 1

        with app.app_context():
            engine = db.engine
        event.listen(engine, "before_cursor_execute", before)
        try:
            yield counter
        finally:
            event.remove(engine, "before_cursor_execute", before)

    return counting


class _Inbox:
    """What a real SMTP server on loopback received, as parsed e-mail messages."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp(app, monkeypatch):
    """A real SMTP server (aiosmtpd) on 127.0.0.1; the app sends its mail there."""
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = _Inbox()
    inbox.port = port
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", port)
    yield inbox
    controller.stop()
