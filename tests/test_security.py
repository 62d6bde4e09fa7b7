import re

import pytest
from flask import Flask, render_template_string

from tests.helpers import HTMX, fragment, page


def csp_directives(response):
    policy = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def test_strict_content_security_policy(client):
    csp = csp_directives(client.get("/sv/"))
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    everything = " ".join(" ".join(v) for v in csp.values())
    assert "unsafe-inline" not in everything and "unsafe-eval" not in everything


@pytest.mark.parametrize("url", ["/sv/", "/en/", "/sv/missing", "/healthz"])
def test_baseline_headers_on_every_response(client, url):
    headers = client.get(url).headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in headers
    assert "Strict-Transport-Security" not in headers  # only in production, over TLS


def test_htmx_is_configured_without_eval_and_without_injected_styles(client):
    soup = page(client.get("/sv/"))
    import json

    config = json.loads(soup.select_one('meta[name="htmx-config"]')["content"])
    assert config["allowEval"] is False
    assert config["includeIndicatorStyles"] is False
    assert config["selfRequestsOnly"] is True
    assert config["historyCacheSize"] == 0
    codes = {rule["code"]: rule["swap"] for rule in config["responseHandling"]}
    assert codes["422"] is True and codes["[45].."] is True
    scripts = [s["src"].split("?")[0] for s in soup.select("script")]
    assert scripts == ["/static/vendor/htmx/htmx.min.js", "/static/js/portal.js"]


def test_no_third_party_origin_is_referenced(app, client):
    html = client.get("/sv/").get_data(as_text=True)
    own = app.config["PUBLIC_BASE_URL"] + "/"  # canonical and language alternates are absolute
    absolute = re.findall(r'(?:src|href)="((?:https?:)?//[^"]*)"', html)
    assert absolute and all(url.startswith(own) for url in absolute)


@pytest.fixture
def form_app(make_app):
    """An app with one state-changing route, to exercise CSRF the way real forms will."""
    app: Flask = make_app()

    @app.post("/<lang_code>/echo")
    def echo():
        return "stored"

    @app.get("/<lang_code>/echo")
    def echo_form():
        return render_template_string("{{ csrf_token() }}")  # what a form's hidden field holds

    return app


def token_from(client):
    return client.get("/sv/echo").get_data(as_text=True)


def test_post_without_csrf_token_is_refused_with_a_translated_page(form_app):
    client = form_app.test_client()
    soup = page(client.post("/sv/echo", data={"x": "1"}), status=400)
    assert soup.h1.get_text(strip=True) == "Formuläret har slutat gälla"
    assert soup.title.get_text().startswith("Fel: ")


def test_post_with_form_token_passes(form_app):
    client = form_app.test_client()
    response = client.post("/sv/echo", data={"csrf_token": token_from(client)})
    assert response.status_code == 200


def test_htmx_request_may_carry_the_token_in_a_header(form_app):
    client = form_app.test_client()
    token = token_from(client)
    response = client.post("/sv/echo", headers={**HTMX, "X-CSRFToken": token})
    assert response.status_code == 200


def test_htmx_csrf_failure_answers_a_fragment_into_the_alert_region(form_app):
    client = form_app.test_client()
    client.get("/en/echo")
    response = client.post("/en/echo", headers={**HTMX, "X-CSRFToken": "forged"})
    soup = fragment(response, status=400)
    assert response.headers["HX-Retarget"] == "#htmx-error"
    assert "The form has expired" in soup.get_text()


def test_session_cookie_is_httponly_and_samesite_lax(form_app):
    client = form_app.test_client()
    client.get("/sv/echo")  # the page renders a CSRF token, which lives in the session
    cookie = client.get_cookie("session")
    assert cookie is not None
    assert cookie.http_only and cookie.same_site == "Lax"
    assert not cookie.secure  # plain http in tests; production sets Secure, tested below


def test_production_cookies_are_secure_and_hsts_is_sent(monkeypatch):
    from portal import create_app

    monkeypatch.setenv("PORTAL_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.setenv("SECURITY_PASSWORD_SALT", "y" * 40)
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    app = create_app()
    app.add_url_rule("/token", "token", lambda: render_template_string("{{ csrf_token() }}"))
    assert app.config["SESSION_COOKIE_SECURE"] is True
    response = app.test_client().get("/token", base_url="https://localhost")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "Secure" in response.headers["Set-Cookie"]
