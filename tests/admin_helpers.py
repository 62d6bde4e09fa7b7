"""Staff accounts and sign-in for the administration tests."""

import re

from portal.admin.users import create_user
from portal.extensions import db
from portal.models.admin import User

PASSWORD = "Lingonsylt-Tunnelbana-Vinter-47"
TOKEN = re.compile(r'name="csrf_token"[^>]*? value="([^"]+)"|"X-CSRFToken": "([^"]+)"')


def make_user(email: str, *roles: str, totp: bool = False) -> User:
    problems = create_user(email, PASSWORD, list(roles))
    assert not problems, problems
    user = db.session.scalar(db.select(User).where(User.email == email))
    if totp:
        from portal.admin.auth import security

        user.tf_primary_method = "authenticator"
        user.tf_totp_secret = security._totp_factory.generate_totp_secret()
        db.session.commit()
    return user


def csrf_token(client, path="/admin/login") -> str:
    """A CSRF token from `path`, or from the sign-in page when `path` redirects there."""
    for where in (path, "/admin/login"):
        match = TOKEN.search(client.get(where).get_data(as_text=True))
        if match:
            return match.group(1) or match.group(2)
    raise AssertionError("no CSRF token found")


def totp_code(user: User) -> str:
    from portal.admin.auth import security

    return security._totp_factory.generate_totp_password(user.tf_totp_secret)


def sign_in(client, email: str, password: str = PASSWORD, code=None):
    """Sign in; with `code`, answer the second-factor question too. Returns the last response."""
    response = client.post(
        "/admin/login",
        data={"email": email, "password": password, "csrf_token": csrf_token(client)},
    )
    if code is not None and response.status_code == 302 and "tf-" in response.headers["Location"]:
        token = csrf_token(client, response.headers["Location"])
        response = client.post("/admin/tf-validate", data={"code": code, "csrf_token": token})
    return response
