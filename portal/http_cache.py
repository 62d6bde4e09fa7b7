"""Responses made for the wire: compressed by the application (brotli, else gzip) so `make run`
and a plain gunicorn send the same bytes, and public pages cacheable: a shared cache may keep
them briefly, and a browser revalidates with the ETag and gets 304 when nothing changed."""

import re

from flask import Flask, Response, request, session
from flask_compress import Compress

PUBLIC_MAX_AGE = 60  # seconds a shared cache may serve a page before asking again
ENCODING_SUFFIX = re.compile(r':(?:br|gzip|deflate|zstd)"')
COMPRESSED_TYPES = [
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/problem+json",
    "image/svg+xml",
]


def init_app(app: Flask) -> None:
    app.config.setdefault("COMPRESS_MIMETYPES", COMPRESSED_TYPES)
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip"])
    app.config.setdefault("COMPRESS_BR_LEVEL", 5)  # per request: fast, close to level 11
    app.config.setdefault("COMPRESS_LEVEL", 6)
    app.config.setdefault("COMPRESS_MIN_SIZE", 500)
    Compress(app)
    # Registered after Compress, so it runs before it: the ETag is taken from the page itself.
    app.after_request(_revalidate_public_pages)


def _revalidate_public_pages(response: Response) -> Response:
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return response
    if response.mimetype != "text/html" or response.direct_passthrough:
        return response
    if "Cache-Control" in response.headers:  # admin, contact and health say no-store
        return response
    if session or session.modified:
        # A reader with a session (a form's token, a signed-in officer) may see their own page.
        response.cache_control.private = True
        response.cache_control.no_cache = True
        return response
    response.cache_control.public = True
    response.cache_control.max_age = PUBLIC_MAX_AGE
    response.add_etag()
    environ = request.environ
    if "HTTP_IF_NONE_MATCH" in environ:
        # Flask-Compress sends the tag as "<tag>:br" (or :gzip); the browser echoes it back.
        sent = ENCODING_SUFFIX.sub('"', environ["HTTP_IF_NONE_MATCH"])
        environ = {**environ, "HTTP_IF_NONE_MATCH": sent}
    response.make_conditional(environ)  # turns it into a 304 in place when the tag matches
    return response
