"""The sign-up form is open to anyone: hostile names, repeated sign-ups for one address and a
burst of parallel sign-ups must neither break the service nor reach another person's inbox in
bulk (issue 17, contact items of "Must fix (low)")."""

import os
import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from portal.extensions import db, limiter
from portal.models.contact import Consent, Contact
from tests.contact_helpers import form_fields, submit

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ADDRESS = "target@example.org"


def final_step_html(client, email=ADDRESS, name="Anna") -> str:
    url = "/en/kontakt"
    step2 = submit(
        client, url, client.get(url).get_data(as_text=True), background="other", action="next"
    )
    step3 = submit(client, url, step2.get_data(as_text=True), action="next", purpose_newsletter="y")
    step4 = submit(client, url, step3.get_data(as_text=True), action="next", email=email, name=name)
    assert step4.status_code == 200, step4.get_data(as_text=True)[:500]
    return step4.get_data(as_text=True)


def stored_name(email=ADDRESS):
    db.session.expire_all()
    return db.session.scalar(select(Contact.name).where(Contact.email == email))


def test_a_nul_byte_in_the_name_is_refused_with_a_page_not_a_500(client, session, smtp):
    """PostgreSQL cannot store NUL (a DataError, 500); the shared request check answers 400."""
    html = final_step_html(client)
    response = submit(client, "/en/kontakt", html, action="next", name="An\x00na")
    assert response.status_code == 400 and "could not be handled" in response.get_data(as_text=True)
    assert stored_name() is None


def test_control_characters_never_reach_the_stored_name(client, session, smtp):
    html = final_step_html(client, name="Anna\r\nBcc: victim@example.org\u202e\x1b")
    assert submit(client, "/en/kontakt", html, action="next").status_code == 303
    assert stored_name() == "Anna Bcc: victim@example.org"


def test_the_name_shown_back_before_sending_is_already_cleaned(client, session):
    html = final_step_html(client, name="Anna\tLind\x07")
    assert "Anna Lind" in html and "\x07" not in html


def test_repeated_sign_ups_for_one_address_are_limited_whatever_the_client(client, session, smtp):
    html = final_step_html(client)
    statuses = []
    for n in range(6):
        client.environ_base["REMOTE_ADDR"] = f"198.51.100.{n + 1}"  # six different clients
        statuses.append(submit(client, "/en/kontakt", html, action="next").status_code)
    assert statuses == [303] * 5 + [429]
    assert len(smtp.messages) == 5
    client.environ_base["REMOTE_ADDR"] = "198.51.100.99"
    other = final_step_html(client, email="someone.else@example.org")
    assert submit(client, "/en/kontakt", other, action="next").status_code == 303


def test_the_per_address_count_lives_in_shared_storage_without_the_address(app, make_app, session):
    import redis

    store = redis.Redis.from_url(REDIS_URL)
    prefix = f"portal-test-{uuid.uuid4().hex[:8]}"
    shared = make_app(RATELIMIT_STORAGE_URI=REDIS_URL, RATELIMIT_KEY_PREFIX=prefix)
    try:
        with shared.app_context():
            db.create_all()  # its own database when the suite runs on in-memory SQLite
        client = shared.test_client()
        html = final_step_html(client)
        with shared.app_context():
            assert submit(client, "/en/kontakt", html, action="next").status_code == 303
        keys = [k.decode() for k in store.keys(f"*{prefix}*")]
        assert any("address:" in k for k in keys), keys
        assert not any("target" in k or "example.org" in k for k in keys)
    finally:
        keys = store.keys(f"*{prefix}*")
        if keys:
            store.delete(*keys)
        store.close()
        limiter.init_app(app)  # give the suite's app its memory storage back


def test_fifty_parallel_sign_ups_with_one_address_never_answer_500(
    app, make_app, session, tmp_path
):
    """The first sign-up's INSERT raced the others' and failed outside the retry (a 500)."""
    database = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'burst.db'}"
    burst = make_app(
        SQLALCHEMY_DATABASE_URI=database,
        RATELIMIT_ENABLED=False,
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=9,  # nothing listens: every message stays queued, as when SMTP is down
        SQLALCHEMY_ENGINE_OPTIONS={"pool_size": 20, "max_overflow": 40}
        if database.startswith("postgresql")
        else {},
    )
    try:
        with burst.app_context():
            db.create_all()
        first = burst.test_client()
        # Someone else signed up before, so the consent wording is already recorded and the
        # requests race on the person's row itself.
        warm_up = final_step_html(first, email="earlier@example.org")
        assert submit(first, "/en/kontakt", warm_up, action="next").status_code == 303
        data = form_fields(final_step_html(first))
        session_cookie = first.get_cookie("session").value  # the CSRF token's session

        def one(_n):
            client = burst.test_client()
            client.set_cookie("session", session_cookie)
            return client.post("/en/kontakt", data=data).status_code

        # PostgreSQL (production) runs them truly in parallel. SQLite, for development only,
        # allows one writer at a time and fails lock upgrades it cannot order: one by one there.
        parallel = 50 if database.startswith("postgresql") else 1
        with ThreadPoolExecutor(max_workers=parallel) as pool:
            statuses = list(pool.map(one, range(50)))
        assert statuses == [303] * 50
        with burst.app_context():
            assert db.session.scalar(select(func.count()).select_from(Contact)) == 2
            assert db.session.scalar(select(func.count()).select_from(Consent)) == 2
    finally:
        limiter.init_app(app)
        with burst.app_context():
            db.session.remove()
