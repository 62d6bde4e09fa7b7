"""Rate-limit counters live in Redis when RATELIMIT_STORAGE_URI says so (shared by all workers)."""

import os
import uuid

import pytest

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_client():
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError as error:  # pragma: no cover - CI always has Redis
        pytest.fail(f"Redis is required at {REDIS_URL} (set TEST_REDIS_URL): {error}")
    yield client
    client.close()


def test_limits_are_counted_in_redis_when_configured(app, make_app, redis_client):
    from portal.extensions import limiter

    prefix = f"portal-test-{uuid.uuid4().hex[:8]}"
    app = make_app(RATELIMIT_STORAGE_URI=REDIS_URL, RATELIMIT_KEY_PREFIX=prefix)

    @app.get("/<lang_code>/limited")
    @limiter.limit("1/minute")
    def limited():
        return "ok"

    client = app.test_client()
    assert client.get("/sv/limited").status_code == 200
    assert client.get("/sv/limited").status_code == 429
    keys = redis_client.keys(f"*{prefix}*")
    assert keys, "the limiter did not store its counter in Redis"
    redis_client.delete(*keys)  # only this test's own keys (its unique prefix)
