"""Who may do what in the administration. Every view declares its roles with @requires; a
test walks every registered admin route for every role and for anonymous visitors."""

from __future__ import annotations

from datetime import timedelta
from functools import wraps

from flask import Response, current_app, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, logout_user

from portal import audit, clock
from portal.admin.labels import ROLE_LABELS
from portal.errors import MESSAGES, render_error
from portal.extensions import db
from portal.htmx import is_htmx_request, redirect_to
from portal.models.admin import RoleName


def requires(*roles: RoleName):
    """Allow the view to users holding any of `roles`; others get 403 (and it is logged)."""

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if not any(current_user.has_role(role.value) for role in roles):
                audit.record("access_denied", request.path, {"needs": [r.value for r in roles]})
                db.session.commit()
                return _refused(roles)
            return view(*args, **kwargs)

        # Read by the role x route matrix test (tests/test_admin_access.py).
        wrapper.required_roles = frozenset(roles)  # type: ignore[attr-defined]
        return wrapper

    return decorate


def _refused(roles) -> Response:
    """403 that says which role the page needs and which the person has, so a new colleague
    knows what to ask for."""
    needed = ", ".join(str(ROLE_LABELS[r.value]) for r in roles)
    held = [str(ROLE_LABELS[r.name]) for r in current_user.roles if r.name in ROLE_LABELS]
    reason = _("This page is for: %(roles)s.", roles=needed)
    if held:
        advice = _(
            "Your roles: %(roles)s. If your work needs this page, ask an administrator.",
            roles=", ".join(held),
        )
    else:
        advice = _(
            "Your account has no role yet, so there is nothing here for you to open. "
            "Ask an administrator to give you the role your work needs."
        )
    return render_error(403, (MESSAGES[403][0], reason, advice))


def safe_next(target: str | None, default: str) -> str:
    """A `next=` address to return to: a path inside the administration, else `default`.
    Control characters (a raw CR/LF would split the Location header) and `//host` or
    `/\\host` forms are refused."""
    target = target or ""
    if (
        not target.startswith("/admin")
        or target.startswith(("//", "/\\"))
        or any(ord(c) < 32 or ord(c) == 127 or c == "\\" for c in target)
    ):
        return default
    return target


def _to_sign_in():
    target = url_for("security.login", next=request.path)
    return redirect_to(target) if is_htmx_request() else redirect(target)


def guard():
    """Before every admin request: signed in, within the session limits, second factor set up
    where the role requires it."""
    if not current_user.is_authenticated:
        return _to_sign_in()
    now = clock.now().timestamp()
    config = current_app.config
    started, seen = session.get("admin_signed_in_at", now), session.get("admin_seen_at", now)
    idle = timedelta(minutes=config["ADMIN_IDLE_MINUTES"]).total_seconds()
    absolute = timedelta(hours=config["ADMIN_ABSOLUTE_HOURS"]).total_seconds()
    if now - seen > idle or now - started > absolute:
        audit.record("session_expired", f"user:{current_user.id}")
        db.session.commit()
        logout_user()
        session.pop("admin_signed_in_at", None)
        return _to_sign_in()
    session["admin_seen_at"] = now
    needs_second_factor = current_user.has_role(RoleName.ADMINISTRATOR.value)
    if needs_second_factor and not current_user.tf_primary_method:
        return redirect_to(url_for("security.two_factor_setup"))
    return None
