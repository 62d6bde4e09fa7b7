import pytest

from portal import create_app


@pytest.fixture
def production_env(monkeypatch):
    monkeypatch.setenv("PORTAL_ENV", "production")
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("FLASK_SECRET_KEY", raising=False)
    monkeypatch.setenv("SECURITY_PASSWORD_SALT", "p" * 40)


def test_production_refuses_to_start_without_secret_key(production_env):
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app()


def test_production_refuses_to_start_without_password_salt(production_env, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.delenv("SECURITY_PASSWORD_SALT")
    with pytest.raises(RuntimeError, match="SECURITY_PASSWORD_SALT"):
        create_app()


def test_production_takes_settings_from_the_environment(production_env, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://portal@db.example/portal")
    # A host that does not exist: the app is built, never used, so nothing is connected to.
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "redis://redis.example:6379/0")
    monkeypatch.setenv("MAIL_SERVER", "smtp.example")
    monkeypatch.setenv("MAIL_PORT", "587")
    monkeypatch.setenv("MAIL_USE_TLS", "true")
    app = create_app()
    assert app.config["SECRET_KEY"] == "s" * 40
    assert app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg://")
    assert app.config["RATELIMIT_STORAGE_URI"] == "redis://redis.example:6379/0"
    assert (app.config["MAIL_SERVER"], app.config["MAIL_PORT"]) == ("smtp.example", 587)
    assert app.config["MAIL_USE_TLS"] is True


def test_any_key_can_be_set_with_flask_prefix(production_env, monkeypatch):
    monkeypatch.setenv("FLASK_SECRET_KEY", "from-prefixed-env")
    monkeypatch.setenv("FLASK_PERMANENT_SESSION_LIFETIME", "600")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-prefixed-env"
    assert app.config["PERMANENT_SESSION_LIFETIME"] == 600


def test_unknown_portal_env_is_named_in_the_error(monkeypatch):
    monkeypatch.setenv("PORTAL_ENV", "staging")
    with pytest.raises(RuntimeError, match="staging"):
        create_app()


def test_development_uses_sqlite_in_the_instance_folder(monkeypatch):
    monkeypatch.setenv("PORTAL_ENV", "development")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app()
    from portal.extensions import db

    with app.app_context():
        assert db.engine.url.database.endswith("instance/portal.db")
        db.engine.dispose()


def test_behind_a_proxy_the_client_address_comes_from_x_forwarded_for(production_env, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.setenv("TRUSTED_PROXIES", "1")
    app = create_app()
    seen = {}

    @app.get("/whoami")
    def whoami():
        from flask import request

        seen["addr"], seen["scheme"] = request.remote_addr, request.scheme
        return "ok"

    app.test_client().get(
        "/whoami", headers={"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}
    )
    assert seen == {"addr": "203.0.113.9", "scheme": "https"}


def test_sms_settings_come_from_the_environment(production_env, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    settings = {
        "SMS_API_URL": "https://api.46elks.com/a1/sms",
        "SMS_API_USER": "u0123",
        "SMS_API_PASSWORD": "api-secret",
        "SMS_SENDER": "+46766860000",
        "SMS_INBOUND_USER": "elks",
        "SMS_INBOUND_PASSWORD": "hook-secret",
    }
    for key, value in settings.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("SMS_MAX_SEGMENTS", "3")
    app = create_app()
    assert app.config["SMS_BACKEND"] == "http"  # production sends for real by default
    assert {key: app.config[key] for key in settings} == settings
    assert app.config["SMS_MAX_SEGMENTS"] == 3


def test_development_prints_text_messages(monkeypatch):
    monkeypatch.setenv("PORTAL_ENV", "development")
    monkeypatch.delenv("SMS_BACKEND", raising=False)
    app = create_app()
    assert app.config["SMS_BACKEND"] == "console"
