"""Settings are filled into text, never copied into it: change one and every text follows."""

from datetime import timedelta

import pytest

from portal import clock
from portal.admin import audit_log
from portal.contact import tokens
from tests.admin_helpers import make_user, sign_in, totp_code
from tests.contact_helpers import sign_up
from tests.helpers import page, text_of


@pytest.fixture
def three_days(app, monkeypatch):
    monkeypatch.setitem(app.config, "UNCONFIRMED_DAYS", 3)
    monkeypatch.setitem(app.config, "MANAGE_LINK_DAYS", 2)


def test_days_to_confirm_come_from_the_setting(app, client, session, smtp, three_days):
    assert "within 3 days" in text_of(page(client.get("/en/kontakt")), ".contact-layout")
    assert "efter 3 dagar" in page(client.get("/sv/kontakt/lattlast")).get_text()
    thanks = page(client.get(sign_up(client, lang="en").headers["Location"]))
    assert "The link works for 3 days." in thanks.get_text()
    (message,) = smtp.messages
    text = message.get_body(("plain",)).get_content()
    assert "(it works for 3 days)" in text and "after 3 days" in text
    assert "7 days" not in text


def test_days_the_manage_link_works_come_from_the_setting(client, session, smtp, three_days):
    sign_up(client, lang="en", email="anna@example.org")
    smtp.messages.clear()
    html = client.get("/en/kontakt/hantera").get_data(as_text=True)
    token = html.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    done = client.post(
        "/en/kontakt/hantera",
        data={"email": "anna@example.org", "csrf_token": token},
        follow_redirects=True,
    )
    assert "The link works for 2 days." in page(done).get_text()
    (message,) = smtp.messages
    assert "(it works for 2 days)" in message.get_body(("plain",)).get_content()


def test_one_day_is_said_in_the_singular(app, client, session, monkeypatch):
    monkeypatch.setitem(app.config, "UNCONFIRMED_DAYS", 1)
    text = text_of(page(client.get("/sv/kontakt")), ".contact-layout")
    assert "inom 1 dag raderar" in text


def test_password_length_comes_from_the_setting(app, client, session, monkeypatch):
    monkeypatch.setitem(app.config, "SECURITY_PASSWORD_LENGTH_MIN", 16)
    make_user("editor@stockholm.se", "editor")
    sign_in(client, "editor@stockholm.se")
    assert "minst 16 tecken" in page(client.get("/admin/change")).get_text()


def test_audit_log_says_how_many_it_shows(client, session, monkeypatch):
    monkeypatch.setattr(audit_log, "SHOWN", 5)
    admin = make_user("admin@stockholm.se", "administrator", totp=True)
    sign_in(client, "admin@stockholm.se", code=totp_code(admin))
    assert "de senaste 5 som matchar visas" in page(client.get("/admin/logg")).get_text()


def test_withdraw_link_outlives_the_longest_consent(app, monkeypatch):
    with app.app_context():
        default = tokens.lifetime("withdraw")
        monkeypatch.setitem(app.config, "CONSENT_MONTHS", 60)
        longer = tokens.lifetime("withdraw")
    assert default >= timedelta(days=31 * 24)
    assert longer >= timedelta(days=31 * 60) + timedelta(days=tokens.RENEW_LINK_DAYS)
    now = clock.now()
    assert now + longer > now + timedelta(days=60 * 31)
