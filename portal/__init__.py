"""Stockholm's portal for education paths into work: the application factory."""

from pathlib import Path
from typing import Any

from flask import Flask
from jinja2 import StrictUndefined
from werkzeug.middleware.proxy_fix import ProxyFix

# `models` is imported for its side effect: every model registers on the metadata, so
# Flask-Migrate sees the whole schema.
from portal import (  # noqa: F401
    assets,
    cli,
    deployment,
    errors,
    http_cache,
    i18n,
    log_privacy,
    models,
    request_checks,
    security,
    static_files,
    urls,
)
from portal.admin import auth
from portal.admin.labels import admin_helpers
from portal.catalog import cache as page_cache
from portal.config import config_class, from_environment
from portal.extensions import babel, csrf, db, limiter, migrate
from portal.markdown import render_markdown

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app. `config` overrides everything else (tests use it)."""
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
        instance_path=str(PROJECT_ROOT / "instance"),
    )
    settings = config_class()
    app.config.from_object(settings)
    app.config.update(from_environment(settings.ENV_NAME))
    app.config.from_prefixed_env()
    app.config.update(config or {})
    _check_config(app)

    page_cache.init_app(app)  # inside ProxyFix: it sees the client's scheme and host
    if app.config["TRUSTED_PROXIES"]:
        # Behind a load balancer: take client address and scheme from its X-Forwarded-*
        # headers (rate limits count per client, cookies stay Secure). Only trusted hops.
        hops = app.config["TRUSTED_PROXIES"]
        proxied = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
        app.wsgi_app = proxied  # type: ignore[method-assign]  # Flask's documented way
    log_privacy.init_app(app)
    request_checks.init_app(app)  # before any route is added: it bounds the int converter
    Path(app.instance_path).mkdir(exist_ok=True)
    if app.config.get("STRICT_TEMPLATES"):
        app.jinja_env.undefined = StrictUndefined
    app.jinja_env.policies["ext.i18n.trimmed"] = True

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"))
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(PROJECT_ROOT / "translations"))
    babel.init_app(app, locale_selector=i18n.current_locale)
    deployment.init_app(app)  # compiled catalogues in production; proxies
    csrf.init_app(app)
    limiter.init_app(app)

    i18n.init_app(app)
    auth.init_app(app)
    app.context_processor(admin_helpers)
    security.init_app(app)
    http_cache.init_app(app)
    assets.init_app(app)
    urls.init_app(app)
    app.add_template_filter(render_markdown, "markdown")
    errors.init_app(app)
    cli.init_app(app)
    _register_blueprints(app)
    static_files.init_app(app)  # wraps wsgi_app last: static files never reach Flask
    return app


def _check_config(app: Flask) -> None:
    if app.config["ENV_NAME"] != "production":
        return
    for key in ("SECRET_KEY", "SECURITY_PASSWORD_SALT"):
        if not app.config.get(key):
            raise RuntimeError(
                f"{key} is not set. Production refuses to start without it: set the "
                f"environment variable {key} to a long random value."
            )


def _register_blueprints(app: Flask) -> None:
    from portal import health, root, seo
    from portal.admin import bp as admin_bp
    from portal.api import bp as api_bp
    from portal.catalog import bp as catalog_bp
    from portal.contact import bp as contact_bp
    from portal.pathfinder import bp as pathfinder_bp
    from portal.recruitment import bp as recruitment_bp
    from portal.sms.webhook import bp as sms_bp  # also registers the "sms" outbox transport

    app.register_blueprint(root.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(seo.bp)
    app.register_blueprint(catalog_bp)
    app.register_blueprint(contact_bp)
    app.register_blueprint(pathfinder_bp)
    app.register_blueprint(recruitment_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(sms_bp)
    app.register_blueprint(admin_bp)
