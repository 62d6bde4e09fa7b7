"""The HTTP backend: a Swedish SMS provider's REST API, modelled on 46elks
(https://46elks.com/docs/send-sms): POST form fields `from`, `to`, `message` to SMS_API_URL
with HTTP basic auth (SMS_API_USER, SMS_API_PASSWORD); the answer is JSON with the
message's `id`. Standard library only (urllib), with a timeout on every request.

Which failures are worth another try: the provider refusing this message (400 "invalid
number", 413, 422) is permanent. Everything that is about the provider or our account rather
than the message (5xx, a timeout, connection refused, 401/403 wrong credentials, 402 no
credit, 404 wrong URL, 429 too fast) is temporary: the message stays queued and is retried
with the sender's backoff, so fixing the configuration loses nothing.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

from portal.mail.transports import DeliveryError
from portal.sms.gateway import without_numbers

TEMPORARY_4XX = frozenset({401, 402, 403, 404, 408, 409, 425, 429})
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
MAX_ANSWER = 64 * 1024


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would turn the POST into a GET and drop the message: treat it as an error."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


class HttpGateway:
    def __init__(self, url: str, user: str, password: str, sender: str, timeout: float = 10):
        self.url, self.sender, self.timeout = url, sender, timeout
        credentials = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self.authorization = f"Basic {credentials}"

    @classmethod
    def from_config(cls, config: Mapping) -> HttpGateway:
        url = config.get("SMS_API_URL")
        if not url:
            raise DeliveryError("SMS_API_URL is not set")
        parts = urllib.parse.urlsplit(url)
        # Credentials travel in every request: only over TLS, or to a stand-in on this machine.
        if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in LOOPBACK):
            raise DeliveryError("SMS_API_URL must be an https:// URL")
        return cls(
            url,
            config.get("SMS_API_USER") or "",
            config.get("SMS_API_PASSWORD") or "",
            config.get("SMS_SENDER") or "Stockholm",
            float(config.get("SMS_TIMEOUT") or 10),
        )

    def send(self, to_e164: str, text: str) -> str:
        body = urllib.parse.urlencode({"from": self.sender, "to": to_e164, "message": text})
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked in from_config
            self.url,
            data=body.encode("utf-8"),
            method="POST",
            headers={
                "Authorization": self.authorization,
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                "Accept": "application/json",
            },
        )
        try:
            with _opener.open(request, timeout=self.timeout) as answer:
                raw = answer.read(MAX_ANSWER)
        except urllib.error.HTTPError as error:
            detail = error.read(500).decode("utf-8", "replace")
            error.close()
            reason = without_numbers(f"HTTP {error.code} {' '.join(detail.split())}".strip())
            permanent = 400 <= error.code < 500 and error.code not in TEMPORARY_4XX
            raise DeliveryError(reason, permanent=permanent) from None
        except urllib.error.URLError as error:  # connection refused, unknown host, TLS
            cause = error.reason
            raise DeliveryError(
                type(cause).__name__ if isinstance(cause, BaseException) else "URLError"
            ) from None
        except OSError as error:  # a timeout while reading the answer
            raise DeliveryError(type(error).__name__) from None
        return _message_id(raw)


def _message_id(raw: bytes) -> str:
    try:
        answer = json.loads(raw or b"{}")
    except ValueError:
        return ""
    return str(answer.get("id", "")) if isinstance(answer, dict) else ""
