"""Two-step sign-in set-up tells the truth, keeps the QR code and key after a wrong code with
a clear error, and every Flask-Security page uses the portal's own templates."""

import pytest

from tests.admin_helpers import csrf_token, make_user, sign_in, totp_code
from tests.helpers import page, text_of


def _start_setup(client):
    token = csrf_token(client, "/admin/tf-setup")
    soup = page(
        client.post("/admin/tf-setup", data={"setup": "authenticator", "csrf_token": token})
    )
    return soup, token


def test_the_setup_page_says_two_step_is_off_for_someone_without_it(client, session):
    make_user("redaktor@stockholm.se", "editor")
    sign_in(client, "redaktor@stockholm.se")
    text = page(client.get("/admin/tf-setup")).select_one("main").get_text()
    assert "är påslagen" not in text
    assert "Tvåstegsinloggning är avslagen för ditt konto." in text


def test_the_setup_page_says_two_step_is_on_for_someone_with_it(client, session):
    user = make_user("redaktor@stockholm.se", "editor", totp=True)
    sign_in(client, user.email, code=totp_code(user))
    text = page(client.get("/admin/tf-setup")).select_one("main").get_text()
    assert "Tvåstegsinloggning är påslagen för ditt konto." in text


def test_a_wrong_code_at_first_setup_keeps_the_qr_code_and_key(client, session):
    make_user("admin@stockholm.se", "administrator")
    sign_in(client, "admin@stockholm.se")
    soup, token = _start_setup(client)
    key = soup.select_one("code").get_text()
    response = client.post("/admin/tf-validate", data={"code": "000000", "csrf_token": token})
    again = page(response, status=422)
    assert "Koden stämmer inte" in text_of(again, ".error-summary")
    assert again.select_one("img.qr")["src"].startswith("data:image/svg+xml")
    assert again.select_one("code").get_text() == key  # the same key, so the app still fits


def test_a_wrong_code_when_changing_phone_keeps_the_qr_code_and_key(client, session):
    user = make_user("redaktor@stockholm.se", "editor", totp=True)
    sign_in(client, user.email, code=totp_code(user))
    soup, _ = _start_setup(client)
    form = soup.select_one("ol.steps form")
    key = soup.select_one("code").get_text()
    token = form.select_one('input[name="csrf_token"]')["value"]
    response = client.post(form["action"], data={"code": "000000", "csrf_token": token})
    again = page(response, status=422)
    assert "Koden stämmer inte" in text_of(again, ".error-summary")
    assert again.select_one("code").get_text() == key


@pytest.mark.parametrize("path", ["/admin/tf-rescue", "/admin/tf-select", "/admin/tf-validate"])
def test_flask_security_pages_use_the_portals_templates(client, session, path):
    user = make_user("redaktor@stockholm.se", "editor", totp=True)
    sign_in(client, user.email)  # the password is right; the code is still to come
    response = client.get(path, follow_redirects=True)
    assert response.status_code < 500
    html = response.get_data(as_text=True)
    assert 'lang="sv"' in html and "Stockholms stad" in html
    assert "fs-" not in html and "<style>" not in html  # nothing of the library's own pages


def test_every_enabled_flask_security_view_has_a_template_of_ours(app):
    templates = {
        "login": "LOGIN_USER",
        "verify": "VERIFY",
        "two_factor_setup": "TWO_FACTOR_SETUP",
        "two_factor_token_validation": "TWO_FACTOR_VERIFY_CODE",
        "two_factor_rescue": "TWO_FACTOR_VERIFY_CODE",
        "change_password": "CHANGE_PASSWORD",
        "tf_select": "TWO_FACTOR_SELECT",
        "logout": "LOGOUT_USER",
    }
    endpoints = {
        r.endpoint.split(".", 1)[1]
        for r in app.url_map.iter_rules()
        if r.endpoint.startswith("security.") and r.endpoint != "security.static"
    }
    endpoints.discard("two_factor_setup_validate")  # answers with a redirect or the setup page
    assert endpoints <= set(templates), f"a new Flask-Security view: {endpoints - set(templates)}"
    for endpoint in endpoints:
        template = app.config[f"SECURITY_{templates[endpoint]}_TEMPLATE"]
        assert template.startswith("admin/auth/"), (endpoint, template)
