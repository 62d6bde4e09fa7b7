"""Redis down: rate-limited forms keep working with in-memory limits, and /healthz says so."""

import logging
import socket

import pytest

from portal.extensions import db, limiter
from tests.admin_helpers import csrf_token


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens here once the socket is closed


@pytest.fixture
def redis_down_app(app, make_app):
    down = make_app(RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{closed_port()}/7")
    with down.app_context():
        db.create_all()  # its own in-memory SQLite database on the SQLite run
    yield down
    # The limiter is one object: give the suite's app its storage back, marked alive.
    limiter.init_app(app)
    limiter._storage_dead = False  # only __init__, not init_app, resets it


def test_rate_limited_posts_fall_back_to_memory_and_log_it(redis_down_app, caplog):
    client = redis_down_app.test_client()
    with caplog.at_level(logging.WARNING):
        token = csrf_token(client)
        data = {"email": "x@stockholm.se", "password": "p", "csrf_token": token}
        statuses = [client.post("/admin/login", data=data).status_code for _ in range(21)]
    assert 500 not in statuses
    assert statuses[:20] == [200] * 20 and statuses[20] == 429  # still limited, in memory
    assert any("in-memory" in r.getMessage() for r in caplog.records)


def test_healthz_reports_the_degraded_dependency(redis_down_app):
    response = redis_down_app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.json == {
        "status": "degraded",
        "database": "ok",
        "rate_limit_storage": "in-memory fallback",
    }
