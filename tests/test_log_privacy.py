"""No e-mail address, name or link token reaches any log record, even when the database fails."""

import contextlib
import logging

from sqlalchemy import text

from portal.extensions import db
from tests.contact_helpers import links_in, path_of, sign_up

EMAIL, NAME = "anna.lindqvist@example.org", "Anna Lindqvist"


@contextlib.contextmanager
def table_missing(app, table):
    """A real database error: the table is renamed away for the duration."""
    with app.app_context():
        db.session.execute(text(f'ALTER TABLE "{table}" RENAME TO "{table}_away"'))
        db.session.commit()
    try:
        yield
    finally:
        with app.app_context():
            db.session.execute(text(f'ALTER TABLE "{table}_away" RENAME TO "{table}"'))
            db.session.commit()


def logged_text(caplog) -> str:
    formatter = logging.Formatter("%(name)s %(message)s")
    return "\n".join(formatter.format(record) for record in caplog.records)


def test_database_error_during_sign_up_logs_no_address_or_name(app, client, smtp, caplog):
    app.config["PROPAGATE_EXCEPTIONS"] = False
    try:
        with caplog.at_level(logging.DEBUG), table_missing(app, "contact"):
            response = sign_up(client, email=EMAIL, name=NAME)
    finally:
        app.config["PROPAGATE_EXCEPTIONS"] = None
    assert response.status_code == 500
    logged = logged_text(caplog)
    assert "Exception on /sv/kontakt [POST]" in logged  # the failure itself is logged
    assert EMAIL not in logged and NAME not in logged
    assert "anna.lindqvist" not in logged


def test_failure_on_a_link_page_logs_no_token(app, client, smtp, caplog):
    sign_up(client, email=EMAIL, name=NAME)
    confirm = path_of(links_in(smtp.messages[-1])[0])
    token = confirm.rsplit("/", 1)[1]
    app.config["PROPAGATE_EXCEPTIONS"] = False
    try:
        with caplog.at_level(logging.DEBUG), table_missing(app, "contact"):
            assert client.get(confirm).status_code == 500
    finally:
        app.config["PROPAGATE_EXCEPTIONS"] = None
    logged = logged_text(caplog)
    assert "Exception on /sv/kontakt/bekrafta/[token] [GET]" in logged
    assert token not in logged and token[:20] not in logged
    assert EMAIL not in logged
