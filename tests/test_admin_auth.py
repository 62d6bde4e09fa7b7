from datetime import timedelta

import pytest
from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.models.admin import User
from portal.models.audit import AuditEvent
from tests.admin_helpers import PASSWORD, csrf_token, make_user, sign_in, totp_code
from tests.helpers import HTMX, page, text_of


def actions():
    return [e.action for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_sign_in_page_is_swedish_with_english_available(client, session):
    soup = page(client.get("/admin/login"))
    assert soup.html["lang"] == "sv"
    assert text_of(soup, "h1") == "Logga in i administrationen"
    client.get("/admin/sprak/en?next=/admin/login")
    assert text_of(page(client.get("/admin/login")), "h1") == "Sign in to the administration"


def test_sign_in_renews_the_session_and_is_audited(client, session):
    make_user("editor@stockholm.se", "editor")
    client.get("/admin/login")
    before = client.get_cookie("session").value
    response = sign_in(client, "editor@stockholm.se")
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    assert client.get_cookie("session").value != before
    page(client.get("/admin/"))
    assert "sign_in" in actions()


@pytest.mark.parametrize("email", ["editor@stockholm.se", "nobody@stockholm.se"])
def test_wrong_password_or_unknown_account_get_the_same_neutral_message(client, session, email):
    make_user("editor@stockholm.se", "editor")
    response = sign_in(client, email, password="wrong password entirely")
    soup = page(response)
    assert text_of(soup, ".error-summary li") == "Fel e-postadress, lösenord eller kod."
    assert client.get("/admin/").status_code == 302  # still signed out


def test_lockout_after_repeated_failures(client, session, monkeypatch):
    user = make_user("editor@stockholm.se", "editor")
    for _ in range(5):
        sign_in(client, "editor@stockholm.se", password="not the password")
    db.session.expire_all()
    assert user.locked_until is not None
    # Even the right password is refused while locked, with the same neutral message.
    soup = page(sign_in(client, "editor@stockholm.se"))
    assert text_of(soup, ".error-summary li") == "Fel e-postadress, lösenord eller kod."
    assert actions().count("sign_in_failed") == 5
    later = clock.now() + timedelta(minutes=16)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert sign_in(client, "editor@stockholm.se").headers["Location"] == "/admin/"


def test_sign_in_attempts_are_throttled_per_address(client, session):
    token = csrf_token(client)
    attempts = [{"email": f"x{n}@y.se", "password": "p", "csrf_token": token} for n in range(21)]
    statuses = [client.post("/admin/login", data=data).status_code for data in attempts]
    assert statuses[:20] == [200] * 20 and statuses[20] == 429


def test_administrator_must_enrol_totp_then_codes_are_single_use(client, session):
    make_user("admin@stockholm.se", "administrator")
    sign_in(client, "admin@stockholm.se")
    response = client.get("/admin/")
    assert response.status_code == 303 and response.headers["Location"] == "/admin/tf-setup"

    # Enrol: choose the authenticator app, get a QR code and key, answer with a code.
    token = csrf_token(client, "/admin/tf-setup")
    setup = client.post("/admin/tf-setup", data={"setup": "authenticator", "csrf_token": token})
    soup = page(setup)
    assert soup.select_one("img.qr")["src"].startswith("data:image/svg+xml")
    user = db.session.scalar(select(User).where(User.email == "admin@stockholm.se"))
    from portal.admin.auth import security

    secret = client.get_cookie("session") and None
    with client.session_transaction() as flask_session:
        secret = flask_session["tf_totp_secret"]
    code = security._totp_factory.generate_totp_password(secret)
    done = client.post("/admin/tf-validate", data={"code": code, "csrf_token": token})
    assert done.status_code in (302, 303)
    db.session.expire_all()
    assert user.tf_primary_method == "authenticator"
    assert client.get("/admin/").status_code == 200

    # Next sign-in asks for a code; the code just used is refused (single use).
    client.post("/admin/logout", data={"csrf_token": csrf_token(client, "/admin/")})
    again = sign_in(client, "admin@stockholm.se", code=code)
    assert client.get("/admin/").status_code == 302, "a reused code must not sign in"
    assert again.status_code in (200, 302)
    assert "two_factor_changed" in actions()


def test_administrator_with_totp_signs_in_with_a_fresh_code(client, session):
    user = make_user("admin@stockholm.se", "administrator", totp=True)
    response = sign_in(client, "admin@stockholm.se", code=totp_code(user))
    assert response.status_code == 302
    assert client.get("/admin/anvandare").status_code == 200


def test_editors_are_offered_two_step_sign_in(client, session):
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    soup = page(client.get("/admin/"))
    assert soup.select_one('a[href="/admin/tf-setup"]')
    page(client.get("/admin/tf-setup"))


def test_password_change_signs_out_everywhere(app, session):
    make_user("editor@stockholm.se", "editor")
    laptop, phone = app.test_client(), app.test_client()
    sign_in(laptop, "editor@stockholm.se")
    sign_in(phone, "editor@stockholm.se")
    new = "Kanelbulle-Pendeltag-Skargard-82"
    response = laptop.post(
        "/admin/change",
        data={
            "password": PASSWORD,
            "new_password": new,
            "new_password_confirm": new,
            "csrf_token": csrf_token(laptop, "/admin/change"),
        },
    )
    assert response.status_code in (302, 303)
    assert phone.get("/admin/").status_code == 302  # the other session is gone
    assert "password_changed" in actions()


@pytest.mark.parametrize("weak", ["short", "password1234", "stockholm2026"])
def test_weak_passwords_are_refused(app, session, weak):
    from portal.admin.users import create_user

    with app.test_request_context():
        assert create_user("weak@stockholm.se", weak, ["editor"])
    assert db.session.scalar(select(User).where(User.email == "weak@stockholm.se")) is None


def test_users_create_command(app, session):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=[
            "users",
            "create",
            "--email",
            "Ny@Stockholm.se",
            "--role",
            "administrator",
            "--password",
            PASSWORD,
        ]
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.email == "ny@stockholm.se"))
    assert user.has_role("administrator") and user.password.startswith("$argon2id$")
    again = runner.invoke(
        args=[
            "users",
            "create",
            "--email",
            "ny@stockholm.se",
            "--role",
            "editor",
            "--password",
            PASSWORD,
        ]
    )
    assert again.exit_code != 0 and "already exists" in again.output
    prompted = runner.invoke(
        args=["users", "create", "--email", "p@stockholm.se", "--role", "editor"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert prompted.exit_code == 0, prompted.output


def test_idle_session_times_out(client, session, monkeypatch):
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    assert client.get("/admin/").status_code == 200
    later = clock.now() + timedelta(minutes=31)
    monkeypatch.setattr(clock, "now", lambda: later)
    response = client.get("/admin/programmes")
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]
    assert "session_expired" in actions()


def test_expired_session_on_htmx_answers_hx_redirect(client, session):
    response = client.get("/admin/programmes", headers=HTMX)
    assert response.headers["HX-Redirect"].startswith("/admin/login")


def test_administrator_resets_a_lost_phone(app, client, session):
    admin = make_user("admin@stockholm.se", "administrator", totp=True)
    colleague = make_user("kollega@stockholm.se", "editor", totp=True)
    sign_in(client, "admin@stockholm.se", code=totp_code(admin))
    response = client.post(
        f"/admin/anvandare/{colleague.id}",
        data={
            "roles": ["editor"],
            "active": "1",
            "reset_two_factor": "1",
            "csrf_token": csrf_token(client, "/admin/anvandare"),
        },
    )
    assert response.headers["Location"] == "/admin/anvandare"
    db.session.expire_all()
    assert colleague.tf_primary_method is None and colleague.tf_totp_secret is None
    other = app.test_client()
    assert sign_in(other, "kollega@stockholm.se").headers["Location"] == "/admin/"


def test_wrong_current_password_is_explained(client, session):
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    new = "Kanelbulle-Pendeltag-Skargard-82"
    response = client.post(
        "/admin/change",
        data={
            "password": "not my password",
            "new_password": new,
            "new_password_confirm": new,
            "csrf_token": csrf_token(client, "/admin/change"),
        },
    )
    soup = page(response)
    assert text_of(soup, ".error-summary li") == "Det nuvarande lösenordet är fel."
    assert soup.select_one(".error-summary a")["href"] == "#password"
