"""Staff accounts made in the web interface. The portal sends staff no mail: an administrator
creates the account and hands the person a one-time link to choose their first password. The
link names the account's fs_uniquifier, which is rotated when the password is set, so it works
once (and signs out any other session)."""

from __future__ import annotations

import uuid
from datetime import datetime

from flask import current_app, url_for
from flask_security.utils import hash_password
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import func, select

from portal import audit
from portal.admin.auth import datastore, security
from portal.admin.users import grantable_roles
from portal.extensions import db
from portal.models.admin import User
from portal.models.audit import AuditEvent

SALT = "staff-password-link"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def password_link(user: User) -> str:
    """The one-time link for `user`, to hand over in person; recorded without the link."""
    token = _serializer().dumps({"u": user.fs_uniquifier})
    audit.record("password_link_made", f"user:{user.id}")
    db.session.commit()
    return url_for("admin.set_password", token=token, _external=True)


def user_for_link(token: str) -> User | None:
    """The account a link is for, or None when it is forged, used or too old."""
    hours = current_app.config["ADMIN_PASSWORD_LINK_HOURS"]
    try:
        data = _serializer().loads(token, max_age=hours * 3600)
    except BadSignature:
        return None
    uniquifier = data.get("u") if isinstance(data, dict) else None
    if not isinstance(uniquifier, str):
        return None
    user = db.session.scalar(select(User).where(User.fs_uniquifier == uniquifier))
    return user if user is not None and user.active else None


def password_problems(password: str) -> list[str]:
    """Flask-Security's rules (length, zxcvbn), as for every other password."""
    problems, _normalized = security._password_util.validate(password, True, user=None)
    return [str(p) for p in problems or []]


def set_password(user: User, password: str) -> None:
    user.password = hash_password(password)
    user.fs_uniquifier = uuid.uuid4().hex  # the link is spent; other sessions end
    audit.record("password_set_by_link", f"user:{user.id}", user=user)
    db.session.commit()


def create_account(email: str, role_names: set[str]) -> User:
    """An account without a password (it cannot sign in until the link is used)."""
    roles = [r for r in grantable_roles() if r.name in role_names]
    user: User = datastore.create_user(email=email, password=None, roles=roles)  # type: ignore[assignment]
    db.session.flush()
    audit.record("user_created", f"user:{user.id}", {"roles": [r.name for r in roles]})
    db.session.commit()
    return user


def email_taken(email: str) -> bool:
    return datastore.find_user(email=email) is not None


def last_sign_ins() -> dict[int, datetime]:
    """When each account last signed in, from the audit log (no tracking columns needed)."""
    rows = db.session.execute(
        select(AuditEvent.user_id, func.max(AuditEvent.occurred_at))
        .where(AuditEvent.action == "sign_in")
        .group_by(AuditEvent.user_id)
    )
    return {user_id: at for user_id, at in rows if user_id is not None}
