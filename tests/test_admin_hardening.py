"""Sign-in and sessions of the administration hold against a copied cookie and code guessing."""

from datetime import timedelta

import pytest

from portal import clock
from portal.extensions import db
from tests.admin_helpers import PASSWORD, csrf_token, make_user, sign_in, totp_code
from tests.helpers import page


def password_step(client, email):
    response = client.post(
        "/admin/login",
        data={"email": email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    assert response.headers["Location"].startswith("/admin/tf-")
    return csrf_token(client, response.headers["Location"])


def test_codes_count_towards_the_lock_and_a_locked_account_cannot_finish(client, session):
    user = make_user("admin@stockholm.se", "administrator", totp=True)
    token = password_step(client, "admin@stockholm.se")
    for _ in range(5):
        client.post("/admin/tf-validate", data={"code": "000000", "csrf_token": token})
    db.session.expire_all()
    assert user.locked_until is not None
    response = client.post(
        "/admin/tf-validate", data={"code": totp_code(user), "csrf_token": token}
    )
    assert "Fel e-postadress, lösenord eller kod." in page(response).get_text()
    assert client.get("/admin/").status_code == 302, "a locked account must not sign in"


def test_password_step_before_the_lock_does_not_let_a_code_in(app, client, session):
    user = make_user("admin@stockholm.se", "administrator", totp=True)
    token = password_step(client, "admin@stockholm.se")
    user.locked_until = clock.now() + timedelta(minutes=15)  # locked meanwhile elsewhere
    db.session.commit()
    client.post("/admin/tf-validate", data={"code": totp_code(user), "csrf_token": token})
    assert client.get("/admin/").status_code == 302


def copy_of_session(app, client):
    other = app.test_client()
    other.set_cookie("session", client.get_cookie("session").value)
    return other


def test_a_copied_cookie_stops_working_at_sign_out(app, client, session):
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    copy = copy_of_session(app, client)
    assert copy.get("/admin/").status_code == 200
    client.post("/admin/logout", data={"csrf_token": csrf_token(client, "/admin/")})
    assert copy.get("/admin/").status_code == 302


def test_a_copied_cookie_stops_working_when_the_session_times_out(
    app, client, session, monkeypatch
):
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    copy = copy_of_session(app, client)
    real_now = clock.now
    later = real_now() + timedelta(hours=11)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert client.get("/admin/").status_code == 302  # timed out
    monkeypatch.setattr(clock, "now", real_now)
    assert copy.get("/admin/").status_code == 302


def test_the_csrf_token_changes_at_sign_in(client, session):
    make_user("editor@stockholm.se", "editor")
    before = csrf_token(client)
    sign_in(client, "editor@stockholm.se")
    response = client.post("/admin/logout", data={"csrf_token": before})
    assert response.status_code == 400
    assert client.get("/admin/").status_code == 200  # still signed in


@pytest.mark.parametrize(
    "target",
    ["/admin/%0d%0aSet-Cookie:x=1", "/admin/%0aX", "//evil.example/admin", "/admin\\evil"],
)
def test_next_with_control_characters_or_another_host_goes_to_the_dashboard(client, target):
    response = client.get(f"/admin/sprak/en?next={target}")
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/"
    assert "Set-Cookie" not in response.headers or "x=1" not in response.headers["Set-Cookie"]


def test_sign_in_with_a_raw_crlf_next_lands_safely(client, session):
    make_user("editor@stockholm.se", "editor")
    client.get("/admin/login?next=/admin/%0d%0aX-Evil:%201")
    response = client.post(
        "/admin/login?next=/admin/%0d%0aX-Evil:%201",
        data={
            "email": "editor@stockholm.se",
            "password": PASSWORD,
            "csrf_token": csrf_token(client),
        },
    )
    assert response.status_code in (302, 303)
    assert "X-Evil" not in response.headers


def test_rescue_with_help_declines_instead_of_mailing(client, session):
    make_user("admin@stockholm.se", "administrator", totp=True)
    token = password_step(client, "admin@stockholm.se")
    response = client.post("/admin/tf-rescue", data={"help_setup": "help", "csrf_token": token})
    soup = page(response)
    assert "Ask an administrator to reset" in soup.get_text() or "administratör" in soup.get_text()
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize(
    "email", ["anna@localhost", "anna", "anna @stockholm.se", "anna@stockholm..se", "a\u200b@x.se"]
)
def test_users_create_refuses_addresses_sign_in_would_refuse(app, session, email):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "--email", email, "--role", "editor", "--password", PASSWORD]
    )
    assert result.exit_code != 0
    assert "not an e-mail address sign-in accepts" in result.output


def test_an_account_made_on_the_command_line_can_sign_in(app, client, session):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "--email", " Eva.Ek@Stockholm.SE ", "--role", "editor"]
        + ["--password", PASSWORD]
    )
    assert result.exit_code == 0, result.output
    assert sign_in(client, "eva.ek@stockholm.se").headers["Location"] == "/admin/"
