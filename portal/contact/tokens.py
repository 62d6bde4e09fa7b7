"""Signed links in e-mails: they prove who may act without an account or a password.

Each kind of link has its own salt and lifetime, and names the person by a random public id
that is never reused, so a link can never reach somebody else.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

RENEW_LINK_DAYS = 60


def lifetime(kind: str) -> timedelta:
    config = current_app.config
    confirm, renew = timedelta(days=config["UNCONFIRMED_DAYS"]), timedelta(days=RENEW_LINK_DAYS)
    if kind == "confirm":
        return confirm
    if kind == "manage":
        return timedelta(days=config["MANAGE_LINK_DAYS"])
    if kind == "renew":
        return renew
    # Every e-mail carries a withdraw link. The consent it can lead to starts at the latest
    # when its confirm or renew link runs out, and lasts CONSENT_MONTHS (at most 31 days each):
    # the link must outlive it.
    return max(confirm, renew) + timedelta(days=31 * config["CONSENT_MONTHS"])


def _serializer(kind: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"contact-{kind}")


def make(kind: str, public_id: str, **data) -> str:
    return _serializer(kind).dumps({"p": public_id, **data})


def read(kind: str, token: str) -> dict | None:
    """The link's data, or None when it is tampered with or too old."""
    try:
        return _serializer(kind).loads(token, max_age=int(lifetime(kind).total_seconds()))
    except BadSignature:
        return None
