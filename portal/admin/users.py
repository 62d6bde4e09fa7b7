"""Creating staff accounts (from the command line), with Flask-Security's password rules:
at least SECURITY_PASSWORD_LENGTH_MIN characters, and not common or guessable (zxcvbn)."""

from __future__ import annotations

from flask_security.mail_util import EmailValidateException
from flask_security.utils import hash_password
from sqlalchemy import select

from portal import audit
from portal.admin.auth import datastore, security
from portal.extensions import db
from portal.models.admin import Role, RoleName, User


def create_user(email: str, password: str, roles: list[str]) -> list[str]:
    """Create the account; returns what is wrong instead when it cannot."""
    try:
        # The very check the sign-in form makes, so no account is made that cannot sign in.
        email = security.mail_util.normalize(email.strip()).lower()
    except EmailValidateException:
        return [f"{email!r} is not an e-mail address sign-in accepts."]
    if datastore.find_user(email=email):
        return [f"An account for {email} already exists."]
    problems = security._password_util.validate(password, True, user=None)[0]
    if problems:
        return [str(p) for p in problems]
    for name in roles:
        datastore.find_or_create_role(name=name)
    user = datastore.create_user(email=email, password=hash_password(password), roles=roles)
    db.session.flush()
    audit.record("user_created", f"user:{user.id}", {"roles": roles})
    db.session.commit()
    return []


def update_staff(user: User, wanted: set[str], active: bool, reset_two_factor: bool, by: User):
    """Set a staff member's roles and whether the account is active; with `reset_two_factor`
    a lost phone is forgotten and the person sets two-step sign-in up again."""
    if user.id == by.id and RoleName.ADMINISTRATOR.value not in wanted:
        raise ValueError("own administrator role")  # nobody removes it by accident
    user.roles = list(db.session.scalars(select(Role).where(Role.name.in_(wanted))))
    user.active = active or user.id == by.id
    reset = reset_two_factor and user.tf_primary_method is not None
    if reset:
        user.tf_primary_method = user.tf_totp_secret = user.totp_last_counter = None
    stored = sorted(role.name for role in user.roles)  # what was granted, not what was asked
    details = {"roles": stored, "active": user.active, "two_factor_reset": reset}
    audit.record("user_changed", f"user:{user.id}", details)
    db.session.commit()


def grantable_roles() -> list[Role]:
    """The roles that exist, in the order of RoleName: only these can be given."""
    order = [r.value for r in RoleName]
    rows = db.session.scalars(select(Role).where(Role.name.in_(order)))
    return sorted(rows, key=lambda role: order.index(role.name))
