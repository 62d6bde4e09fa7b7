"""Production start-up: compiled catalogues, the proxy warning, the __Host- session cookie."""

import logging
import os
import shutil
from pathlib import Path

import pytest

from portal.config import ProductionConfig
from portal.extensions import db
from tests.admin_helpers import PASSWORD, make_user

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def production(make_app, **overrides):
    """An app with ProductionConfig's settings, on the suite's database and test secrets."""
    settings = {k: getattr(ProductionConfig, k) for k in dir(ProductionConfig) if k.isupper()}
    settings.update(
        SECRET_KEY="test-secret-key",
        SECURITY_PASSWORD_SALT="test-password-salt",
        SQLALCHEMY_DATABASE_URI=os.environ.get("TEST_DATABASE_URL", "sqlite://"),
        TESTING=True,
    )
    app = make_app(**{**settings, **overrides})
    with app.app_context():  # production runs on a migrated database; pages read the catalogue
        db.create_all()
    return app


def test_production_refuses_to_start_without_compiled_catalogues(make_app, tmp_path):
    shutil.copytree(TRANSLATIONS, tmp_path / "translations", ignore=shutil.ignore_patterns("*.mo"))
    with pytest.raises(RuntimeError, match=r"pybabel compile -d translations"):
        production(make_app, BABEL_TRANSLATION_DIRECTORIES=str(tmp_path / "translations"))


def test_production_serves_swedish_with_compiled_catalogues(make_app):
    app = production(make_app)
    html = app.test_client().get("/sv/", base_url="https://localhost").get_data(as_text=True)
    assert "Utbildningsvägar till jobb" in html


def test_forwarded_for_without_trusted_proxies_warns_once_in_production(make_app, caplog):
    app = production(make_app)
    client = app.test_client()
    # The contact page: cached public pages answer repeat readers before Flask's hooks run.
    with caplog.at_level(logging.WARNING):
        client.get("/sv/kontakt", base_url="https://localhost")
        for _ in range(3):
            client.get("/sv/kontakt", headers={"X-Forwarded-For": "203.0.113.9"})
    warnings = [r.getMessage() for r in caplog.records if "TRUSTED_PROXIES" in r.getMessage()]
    assert len(warnings) == 1
    assert "203.0.113.9" not in warnings[0]


def test_no_warning_when_the_proxy_is_trusted(make_app, caplog):
    app = production(make_app, TRUSTED_PROXIES=1)
    with caplog.at_level(logging.WARNING):
        app.test_client().get("/sv/", headers={"X-Forwarded-For": "203.0.113.9"})
    assert not [r for r in caplog.records if "TRUSTED_PROXIES" in r.getMessage()]


def test_production_session_cookie_has_the_host_prefix_and_sign_in_works(make_app):
    from portal.extensions import db

    app = production(make_app)
    with app.app_context():
        db.create_all()
        make_user("eva@stockholm.se", "editor")
    client = app.test_client()
    page = client.get("/admin/login", base_url="https://localhost").get_data(as_text=True)
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    response = client.post(
        "/admin/login",
        base_url="https://localhost",
        data={"email": "eva@stockholm.se", "password": PASSWORD, "csrf_token": token},
        headers={"Referer": "https://localhost/admin/login"},
    )
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("__Host-session=") and "Secure" in cookie and "Path=/" in cookie
    assert "Domain" not in cookie
    assert client.get("/admin/", base_url="https://localhost").status_code == 200
