"""Signed links in e-mails: they prove who may act without an account or a password.

Each kind of link has its own salt and lifetime, and names the person by a random public id
that is never reused, so a link can never reach somebody else.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

LIFETIMES = {
    "confirm": timedelta(days=7),
    "manage": timedelta(days=7),
    "withdraw": timedelta(days=800),  # outlives every consent (24 months by default)
    "renew": timedelta(days=60),
}


def _serializer(kind: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"contact-{kind}")


def make(kind: str, public_id: str, **data) -> str:
    return _serializer(kind).dumps({"p": public_id, **data})


def read(kind: str, token: str) -> dict | None:
    """The link's data, or None when it is tampered with or too old."""
    try:
        return _serializer(kind).loads(token, max_age=int(LIFETIMES[kind].total_seconds()))
    except BadSignature:
        return None
