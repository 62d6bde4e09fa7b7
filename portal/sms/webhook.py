"""POST /api/v1/sms/inbound: the provider forwards replies here (46elks: form fields `from`,
`to`, `message`). Machine to machine, so no CSRF token; authenticated instead by HTTP basic
auth (SMS_INBOUND_USER / SMS_INBOUND_PASSWORD, compared in constant time). Refused calls get
a bare 401. Every accepted call answers an empty 200 whatever the number (46elks would send a
non-empty answer back to the person as a text)."""

from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, request

from portal.extensions import csrf, limiter
from portal.sms import inbound

bp = Blueprint("sms", __name__, url_prefix="/api/v1/sms")

# Replies arrive in bursts after a round of reminders; wrong credentials are tried slowly.
INBOUND_LIMIT = "300/minute"
REFUSED_LIMIT = "10/hour"


def _authorised() -> bool:
    config = current_app.config
    user, password = config.get("SMS_INBOUND_USER"), config.get("SMS_INBOUND_PASSWORD")
    given = request.authorization
    if not user or not password or given is None or given.type != "basic":
        return False
    same_user = hmac.compare_digest((given.username or "").encode(), user.encode())
    same_password = hmac.compare_digest((given.password or "").encode(), password.encode())
    return same_user and same_password


@bp.post("/inbound")
@csrf.exempt  # machine to machine: basic auth authorises, there is no browser session
@limiter.limit(INBOUND_LIMIT)
@limiter.limit(REFUSED_LIMIT, deduct_when=lambda response: response.status_code == 401)
def receive():
    if not _authorised():
        return Response(status=401, headers={"WWW-Authenticate": 'Basic realm="sms"'})
    inbound.receive(request.form.get("from", ""), request.form.get("message", ""))
    return Response(status=200)
