"""Security headers on every response (our own small hook; Flask-Talisman is unmaintained)."""

from flask import Flask, Response

# No inline script or style anywhere, no eval: htmx is configured with allowEval=false and
# without its injected indicator styles, so 'self' is all the policy needs.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)


def init_app(app: Flask) -> None:
    @app.after_request
    def set_security_headers(response: Response) -> Response:
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        # same-origin Referer is what Flask-WTF's HTTPS check needs; never no-referrer.
        headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if app.config["HSTS"]:
            headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        return response
