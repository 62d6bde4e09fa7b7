"""Sign-in for staff with Flask-Security-Too: argon2id passwords, TOTP second factor (single-use
codes), our lockout (see models/admin.py), our templates and messages, and audit entries."""

from __future__ import annotations

import hashlib

from flask import Blueprint, Flask, g, request, session
from flask_login import user_logged_out
from flask_security import Security, SQLAlchemyUserDatastore
from flask_security.forms import TwoFactorRescueForm, TwoFactorVerifyCodeForm
from flask_security.signals import password_changed, tf_profile_changed, user_authenticated
from flask_security.totp import Totp

from portal import audit, clock
from portal.admin import security_messages, tf_setup
from portal.extensions import db, limiter
from portal.models.admin import Role, User

SIGN_IN_LIMIT = "20/15 minutes"


class SingleUseTotp(Totp):
    """A code is accepted once: the last matched counter is stored on the user."""

    def get_last_counter(self, user):
        return user.totp_last_counter

    def set_last_counter(self, user, tmatch):
        user.totp_last_counter = tmatch.counter
        db.session.commit()


class LockAwareCodeForm(TwoFactorVerifyCodeForm):
    """The code step refuses a locked account before looking at the code, like the password
    step does; wrong codes count towards the lock (User.track_failed_authn)."""

    def validate(self, **kwargs) -> bool:
        if self.user is not None and not self.is_setup:
            self.code.errors = list(self.code.errors)
            if self.user.is_locked(self.code.errors):
                return False
        return super().validate(**kwargs)


class NoRescueForm(TwoFactorRescueForm):
    """Flask-Security's rescue would e-mail the code or a plea for help; the portal sends no
    staff mail (an administrator resets a lost phone), so every rescue request is declined
    and the code page is shown again, with its advice about a lost phone."""

    def validate(self, **kwargs) -> bool:
        return False


security = Security(
    totp_cls=SingleUseTotp,
    two_factor_verify_code_form=LockAwareCodeForm,
    two_factor_rescue_form=NoRescueForm,
)
datastore = SQLAlchemyUserDatastore(db, User, Role)


def _on_sign_in(app, user, authn_via, **extra):
    # A new CSRF token for the signed-in session: one seen before sign-in is worth nothing.
    session.pop("csrf_token", None)
    g.pop("csrf_token", None)
    session["admin_signed_in_at"] = session["admin_seen_at"] = clock.now().timestamp()
    user.failed_logins = 0
    audit.record("sign_in", f"user:{user.id}", {"via": list(authn_via or [])}, user=user)
    db.session.commit()


def _on_sign_out(app, user, **extra):
    """The session cookie names the user by fs_uniquifier: a new one makes every copy of the
    cookie worthless, so signing out (or a timed-out session) ends the session on the server
    too. It ends the account's other sessions as well, which is the safe side for staff."""
    if user is None or not getattr(user, "is_authenticated", False):
        return
    datastore.set_uniquifier(user)
    db.session.commit()


def _on_password_changed(app, user, **extra):
    audit.record("password_changed", f"user:{user.id}", user=user)
    db.session.commit()


def _on_tf_changed(app, user, method=None, **extra):
    audit.record("two_factor_changed", f"user:{user.id}", {"method": method}, user=user)
    db.session.commit()


def init_app(app: Flask) -> None:
    app.config.setdefault(
        "SECURITY_TOTP_SECRETS",
        {"1": hashlib.sha256(f"totp:{app.config['SECURITY_PASSWORD_SALT']}".encode()).hexdigest()},
    )
    security_messages.configure(app)
    security.init_app(app, datastore)
    # Throttle sign-in and code attempts per client address (Redis-backed in production);
    # per-account lockout is in models/admin.py.
    security_blueprint = app.blueprints["security"]
    assert isinstance(security_blueprint, Blueprint)
    limiter.limit(SIGN_IN_LIMIT, methods=["POST"])(security_blueprint)
    _principal_for_admin_only(app)
    user_authenticated.connect(_on_sign_in, app)
    password_changed.connect(_on_password_changed, app)
    user_logged_out.connect(_on_sign_out, app)
    tf_profile_changed.connect(_on_tf_changed, app)
    tf_setup.init_app(app)


def _principal_for_admin_only(app: Flask) -> None:
    """Flask-Principal (under Flask-Security) loads the signed-in identity before every
    request. Public pages never use it, and on the hot search path it cost about a quarter of
    a cached response (profiled), so it runs only for the administration."""
    hooks = app.before_request_funcs.setdefault(None, [])
    original = security.principal._on_before_request

    def admin_only():
        if request.path.startswith(app.config["SECURITY_URL_PREFIX"]):
            return original()
        return None

    hooks[:] = [admin_only if hook == original else hook for hook in hooks]
