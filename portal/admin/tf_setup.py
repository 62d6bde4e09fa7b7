"""Two-step sign-in set-up: a wrong code keeps the QR code and key on the page, with an error.

Flask-Security answers a wrong set-up code with its bare code form (first set-up) or a
redirect to a fresh set-up (changing phones), so the person lost the QR code and key their
app was already holding. We wrap those two views: on a wrong code the set-up page is shown
again for the same secret, with the error, as 422."""

from __future__ import annotations

from functools import wraps

from flask import Flask, current_app, render_template, request, session
from flask_babel import gettext as _
from flask_login import current_user
from flask_security.utils import check_and_get_token_status
from flask_wtf import FlaskForm

SETUP_TEMPLATE = "admin/auth/two_factor_setup.html"


def _setup_page(secret: str, state_token: str | None):
    from portal.admin.auth import security

    values = security.totp_factory.fetch_setup_values(secret, current_user)
    html = render_template(
        SETUP_TEMPLATE,
        two_factor_setup_form=FlaskForm(),
        two_factor_verify_code_form=FlaskForm(),
        chosen_method="authenticator",
        changing=state_token is not None,
        state_token=state_token,
        authr_qrcode=values["image"],
        authr_key=values["key"],
        code_error=_("The code is not right. Enter the six digits the app shows now."),
    )
    return html, 422


def _first_setup(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        response = view(*args, **kwargs)
        in_setup = session.get("tf_state") == "validating_profile"
        secret = session.get("tf_totp_secret")
        failed = getattr(response, "status_code", 200) == 200  # the code form again
        if request.method == "POST" and current_user.is_authenticated and in_setup and failed:
            return _setup_page(secret, None) if secret else response
        return response

    return wrapper


def _changing_phone(view):
    @wraps(view)
    def wrapper(token: str, *args, **kwargs):
        response = view(token, *args, **kwargs)
        wrong = getattr(response, "status_code", 0) in (302, 303) and response.location.endswith(
            "/tf-setup"
        )
        if not wrong:
            return response
        within = current_app.config["SECURITY_TWO_FACTOR_SETUP_WITHIN"]
        expired, invalid, state = check_and_get_token_status(token, "tf_setup", within)
        if expired or invalid or not state:
            return response
        return _setup_page(state["totp_secret"], token)

    return wrapper


def init_app(app: Flask) -> None:
    views = app.view_functions
    views["security.two_factor_token_validation"] = _first_setup(
        views["security.two_factor_token_validation"]
    )
    views["security.two_factor_setup_validate"] = _changing_phone(
        views["security.two_factor_setup_validate"]
    )
