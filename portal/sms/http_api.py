"""The HTTP backend: a Swedish SMS provider's REST API, modelled on 46elks
(https://46elks.com/docs/send-sms): POST form fields `from`, `to`, `message` to SMS_API_URL
with HTTP basic auth (SMS_API_USER, SMS_API_PASSWORD); the answer is JSON with the
message's `id`. Standard library only (http.client), with a timeout on every request.

Which failures are worth another try: the provider refusing this message (400 "invalid
number", 413, 422) is permanent. Everything that is about the provider or our account rather
than the message (5xx, a timeout, connection refused, 401/403 wrong credentials, 402 no
credit, 404 wrong URL, 429 too fast) is temporary: the message stays queued and is retried
with the sender's backoff, so fixing the configuration loses nothing.

Never twice: a failure before the request has left (refused, connect timeout) is retried, but
once the provider has the whole request, no answer (a read timeout, a dropped connection)
leaves it unknown whether the text went out. That message is marked failed, its reason
saying so, rather than risk sending it twice; a slow provider is the rare case, and its own
log tells an operator whether the text arrived.
"""

from __future__ import annotations

import base64
import http.client
import json
import ssl
import urllib.parse
from collections.abc import Mapping

from portal.mail.transports import DeliveryError
from portal.sms.gateway import without_numbers

TEMPORARY_4XX = frozenset({401, 402, 403, 404, 408, 409, 425, 429})
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
MAX_ANSWER = 64 * 1024


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

    def _connection(self) -> http.client.HTTPConnection:
        parts = urllib.parse.urlsplit(self.url)
        host = parts.hostname or ""
        if parts.scheme == "https":
            context = ssl.create_default_context()  # certificate and host name checked
            return http.client.HTTPSConnection(
                host, parts.port, timeout=self.timeout, context=context
            )
        return http.client.HTTPConnection(host, parts.port, timeout=self.timeout)

    def send(self, to_e164: str, text: str) -> str:
        parts = urllib.parse.urlsplit(self.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        body = urllib.parse.urlencode({"from": self.sender, "to": to_e164, "message": text})
        headers = {
            "Authorization": self.authorization,
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Accept": "application/json",
        }
        connection = self._connection()
        try:
            try:  # nothing has reached the provider yet: trying again later is safe
                connection.connect()
                connection.request("POST", path or "/", body=body.encode("utf-8"), headers=headers)
            except OSError as error:  # refused, unreachable, connect timeout, TLS
                raise DeliveryError(type(error).__name__) from None
            try:
                answer = connection.getresponse()
                raw = answer.read(MAX_ANSWER)
            except (OSError, http.client.HTTPException) as error:
                # The provider has the whole request and may have sent the text: trying again
                # could send it twice, so the message is given up (the reason says why).
                raise DeliveryError(
                    f"no answer after sending ({type(error).__name__}); may have been sent, "
                    "not tried again",
                    permanent=True,
                ) from None
        finally:
            connection.close()
        if not 200 <= answer.status < 300:
            detail = raw[:500].decode("utf-8", "replace")
            reason = without_numbers(f"HTTP {answer.status} {' '.join(detail.split())}".strip())
            permanent = 400 <= answer.status < 500 and answer.status not in TEMPORARY_4XX
            raise DeliveryError(reason, permanent=permanent)
        return _message_id(raw)


def _message_id(raw: bytes) -> str:
    try:
        answer = json.loads(raw or b"{}")
    except ValueError:
        return ""
    return str(answer.get("id", "")) if isinstance(answer, dict) else ""
