"""Shared fixtures. The suite runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set."""

import os

os.environ["PORTAL_ENV"] = "testing"

import pytest  # noqa: E402

from portal import create_app  # noqa: E402
from portal.extensions import db  # noqa: E402


@pytest.fixture(scope="session")
def app():
    app = create_app()
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean_tables(request):
    """Every test starts with empty tables (only when the test uses the database)."""
    yield
    if "app" not in request.fixturenames:
        return
    app = request.getfixturevalue("app")
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
        return made[-1]

    yield factory
    for app in made:
        with app.app_context():
            db.engine.dispose()
