"""Caching public catalogue pages (whole pages and their htmx fragments) per catalogue revision.

Every flush that touches a catalogue record bumps `catalogue_revision` in the same transaction.
A cached page is keyed by that revision (plus today, the path, which names the locale, the query
and whether htmx asked for a fragment), so an edit is visible on the very next request in every
worker, and nothing stale is ever served. A hit costs one small query: the revision.

Only pages that carry nothing of their reader are kept: a page is stored only when rendering it
left the session untouched (no CSRF token, no flash message), and a reader with a flash message
waiting is never served from the cache. Views with a form must not use `cached_page`.

Two tiers of the one cache, with the same key: `cached_page` keeps what the view made (for
every reader, also one with a session cookie), and `PageCache` in front of Flask keeps the
finished response (headers, ETag, compressed body) for a reader without a cookie and answers
the next such request without running Flask at all: one query, no rendering, no hooks.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import wraps

from flask import Flask, Response, make_response, request
from flask import session as reader_session
from sqlalchemy import Engine, create_engine, event, insert, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from portal import clock
from portal.extensions import db
from portal.htmx import is_htmx_request
from portal.models.catalog import CATALOGUE_MODELS, CatalogueRevision
from portal.models.occupation import OCCUPATION_MODELS
from portal.models.recruitment import RecruitmentDay, RecruitmentDayTranslation

# Everything the cached public pages show: programme and field pages list recruitment days.
SHOWN_ON_PUBLIC_PAGES = (
    *CATALOGUE_MODELS,
    *OCCUPATION_MODELS,
    RecruitmentDay,
    RecruitmentDayTranslation,
)

MAX_ENTRIES = 512


# Plain SQL on a pooled connection: this runs on every cached hit, so it skips the ORM.
REVISION_SQL = "SELECT epoch, revision FROM catalogue_revision WHERE id = 1"


_revision_engines: dict[str, Engine] = {}


def _revision_engine() -> Engine:
    """On a database server, a small pool of its own for the revision read: autocommit (no
    ROLLBACK when a connection goes back) and no ping before each use, so a cached hit costs
    one round trip, not three. A dead connection raises; the caller then renders as usual,
    and the pool replaces the connection. SQLite (a file, or the tests' in-memory database
    that only the app's own pool can see) reads through the app's engine."""
    engine = db.engine
    if engine.dialect.name == "sqlite":
        return engine
    key = engine.url.render_as_string(hide_password=False)
    if key not in _revision_engines:
        _revision_engines[key] = create_engine(
            engine.url, isolation_level="AUTOCOMMIT", pool_size=2, max_overflow=8
        )
    return _revision_engines[key]


def current_revision() -> tuple:
    for attempt in (1, 2):
        try:
            with _revision_engine().connect() as connection:
                row = connection.exec_driver_sql(REVISION_SQL).first()
            return tuple(row) if row else ("", 0)
        except DBAPIError as error:  # a connection the server closed: once more on a fresh one
            if attempt == 2 or not error.connection_invalidated:
                raise
    raise AssertionError("unreachable")


@event.listens_for(Session, "before_flush")
def _bump_on_catalogue_change(session, flush_context, instances) -> None:
    changed = (*session.new, *session.dirty, *session.deleted)
    if not any(isinstance(obj, SHOWN_ON_PUBLIC_PAGES) for obj in changed):
        return
    bumped = session.execute(
        update(CatalogueRevision)
        .where(CatalogueRevision.id == 1)
        .values(revision=CatalogueRevision.revision + 1)
    )
    if bumped.rowcount == 0:  # a database built without the migration's first row
        session.execute(
            insert(CatalogueRevision).values(id=1, revision=1, epoch=secrets.token_hex(8))
        )


class LRU:
    def __init__(self, size: int):
        self.size, self._lock = size, threading.Lock()
        self._data: OrderedDict = OrderedDict()

    def get(self, key):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def put(self, key, value) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


pages = LRU(MAX_ENTRIES)
results = LRU(MAX_ENTRIES)
finished = LRU(MAX_ENTRIES)
SAME_FOR_EVERYONE = "portal.page_cache"  # set in the WSGI environ by `cached_page`


def per_revision(key: tuple, compute):
    """`compute()` once per catalogue revision and `key` (plain data only, never ORM objects:
    they belong to one request's session)."""
    full_key = (current_revision(), clock.today(), *key)
    value = results.get(full_key)
    if value is None:
        value = compute()
        results.put(full_key, value)
    return value


def cached_page(view):
    """Serve `view`'s page (or its htmx fragment) from the cache while the catalogue is
    unchanged. For views whose page is the same for every reader: no form, no token."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if "_flashes" in reader_session:  # a message for this reader alone
            return view(*args, **kwargs)
        key = (
            current_revision(),
            clock.today(),
            request.path,
            tuple(sorted(request.args.items(multi=True))),
            is_htmx_request(),
        )
        kept = pages.get(key)
        if kept is not None:
            request.environ[SAME_FOR_EVERYONE] = not reader_session
            body, content_type, vary = kept
            response = Response(body, content_type=content_type)
            response.vary.update(vary)
            return response
        response = make_response(view(*args, **kwargs))
        if response.status_code == 200 and not reader_session.modified and not reader_session:
            pages.put(key, (response.get_data(), response.content_type, tuple(response.vary)))
            request.environ[SAME_FOR_EVERYONE] = True
        return response

    return wrapper


class PageCache:
    """WSGI middleware: the finished response of a page `cached_page` found the same for
    everyone, served again to a reader without a cookie while the catalogue is unchanged.
    A request with a cookie, a conditional or HEAD request, or anything else goes to Flask."""

    # Request headers a page's bytes depend on (its Vary), besides the address.
    VARY = ("HTTP_HX_REQUEST", "HTTP_HX_HISTORY_RESTORE_REQUEST", "HTTP_ACCEPT_ENCODING")

    def __init__(self, app: Flask, wsgi_app: Callable):
        self.app, self.wsgi_app = app, wsgi_app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if (
            environ.get("REQUEST_METHOD") != "GET"
            or "HTTP_COOKIE" in environ
            or "HTTP_IF_NONE_MATCH" in environ
        ):
            return self.wsgi_app(environ, start_response)
        try:
            with self.app.app_context():
                revision = current_revision()
        except Exception:  # the database is down: Flask answers as it does
            return self.wsgi_app(environ, start_response)
        key = (
            revision,
            clock.today(),
            environ.get("wsgi.url_scheme"),
            environ.get("HTTP_HOST"),
            environ.get("SCRIPT_NAME", ""),
            environ.get("PATH_INFO"),
            environ.get("QUERY_STRING", ""),
            *(environ.get(name) for name in self.VARY),
        )
        kept = finished.get(key)
        if kept is not None:
            status, headers, body = kept
            start_response(status, list(headers))
            return [body]
        return self._remember(key, environ, start_response)

    def _remember(self, key, environ: dict, start_response: Callable) -> Iterable[bytes]:
        sent: list = []

        def capture(status, headers, exc_info=None):
            sent[:] = [status, headers]
            return start_response(status, headers, exc_info)

        answer = self.wsgi_app(environ, capture)
        if not environ.get(SAME_FOR_EVERYONE) or not sent:
            return answer  # passed through untouched, streamed or not
        try:
            body = b"".join(answer)
        finally:
            if hasattr(answer, "close"):
                answer.close()
        status, headers = sent
        names = {name.lower(): value for name, value in headers}
        if (
            status.startswith("200")
            and "set-cookie" not in names
            and "public" in names.get("cache-control", "")
        ):
            finished.put(key, (status, tuple(headers), body))
        return [body]


def init_app(app: Flask) -> None:
    app.wsgi_app = PageCache(app, app.wsgi_app)  # type: ignore[method-assign]


def clear() -> None:
    """Forget everything cached in this process (tests; never needed for correctness)."""
    finished.clear()
    pages.clear()
    results.clear()
