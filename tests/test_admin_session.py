"""The absolute session limit: however busy, a staff session ends after ADMIN_ABSOLUTE_HOURS."""

from datetime import timedelta

from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.models.audit import AuditEvent
from tests.admin_helpers import make_user, sign_in


def test_a_busy_session_still_ends_at_the_absolute_limit(app, client, session, monkeypatch):
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    hours, idle = app.config["ADMIN_ABSOLUTE_HOURS"], app.config["ADMIN_IDLE_MINUTES"]
    start, step = clock.now(), timedelta(minutes=idle - 1)  # never idle for long
    moment = start
    while moment + step < start + timedelta(hours=hours):
        moment += step
        monkeypatch.setattr(clock, "now", lambda at=moment: at)
        assert client.get("/admin/programmes").status_code == 200, moment - start
    over = start + timedelta(hours=hours, minutes=1)
    monkeypatch.setattr(clock, "now", lambda: over)
    response = client.get("/admin/programmes")
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]
    expired = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "session_expired"))
    assert len(expired.all()) == 1
    assert client.get("/admin/").status_code == 302  # signed out, not just turned away once
