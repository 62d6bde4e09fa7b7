"""Public addresses (API `url`, JSON-LD, og:url, mail) come from PUBLIC_BASE_URL, never from the
request's Host or X-Forwarded-Host header, which a client chooses (DESIGN.md, "Delivery")."""

from flask import Flask, current_app, url_for


def public_url(endpoint: str, **values) -> str:
    """The absolute public address of `endpoint`: PUBLIC_BASE_URL plus the route's path."""
    return absolute_url(url_for(endpoint, **values))


def absolute_url(path: str) -> str:
    """PUBLIC_BASE_URL plus a path the app built (e.g. switch_locale_url's)."""
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + path


def init_app(app: Flask) -> None:
    app.add_template_global(public_url)
    app.add_template_global(absolute_url)
