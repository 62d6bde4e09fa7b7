"""`flask db upgrade` builds the whole schema from empty, and it matches the models."""

import os
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from portal.extensions import db
from portal.models import built_on


@pytest.fixture
def empty_database_url(tmp_path):
    """A brand-new database of the same kind the suite runs on."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_path / 'migrated.db'}"
        return
    name = f"portal_migrations_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrade_from_empty_matches_the_models(make_app, empty_database_url):
    app = make_app(SQLALCHEMY_DATABASE_URI=empty_database_url)
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_object": built_on(conn.dialect.name)}
            )
            diff = compare_metadata(context, db.metadata)
        db.engine.dispose()
    assert diff == [], f"models and migrations disagree; run `flask db migrate`: {diff}"


def test_upgrade_twice_is_harmless(make_app, empty_database_url):
    app = make_app(SQLALCHEMY_DATABASE_URI=empty_database_url)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade"]).exit_code == 0
    second = runner.invoke(args=["db", "upgrade"])
    assert second.exit_code == 0, second.output
    with app.app_context():
        db.engine.dispose()


def test_upgrade_creates_every_staff_role(make_app, empty_database_url):
    """On a fresh install the users page can grant each role the code checks for."""
    from portal.models.admin import Role, RoleName

    app = make_app(SQLALCHEMY_DATABASE_URI=empty_database_url)
    assert app.test_cli_runner().invoke(args=["db", "upgrade"]).exit_code == 0
    with app.app_context():
        names = set(db.session.scalars(db.select(Role.name)))
        db.session.remove()
        db.engine.dispose()
    assert names == {r.value for r in RoleName}


def test_upgrade_keeps_existing_texts_searchable(make_app, empty_database_url):
    """Texts stored before search_document existed (0018) get their documents, so nothing
    already published drops out of search."""
    app = make_app(SQLALCHEMY_DATABASE_URI=empty_database_url)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade", "0017_search_text_storage"]).exit_code == 0
    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO programme (id, slug, kind, status, study_format, pace, version, "
                    "swedish_level, outcome_is_target) VALUES (1, 'usk', 'kombinationsutbildning',"
                    " 'published', 'klassrum', 100, 1, 3, false)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO programme_translation (programme_id, locale, title, summary, "
                    "body, prerequisites, occupation, easy_summary, reviewed, search_title, "
                    "search_text) VALUES (1, 'sv', 'Undersköterska', '', '', '', '', '', true, "
                    "'underskoterska', 'underskoterska vard och vard i hemtjanst')"
                )
            )
        db.engine.dispose()
    result = runner.invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        with db.engine.connect() as conn:
            row = conn.execute(text("SELECT title, words FROM search_document")).one()
        db.engine.dispose()
    assert row == ("underskoterska", "underskoterska vard och i hemtjanst")
