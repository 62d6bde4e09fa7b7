"""Checks every request passes before any view runs, so malformed input is answered with 400
or 413 at one place instead of failing deep inside a view or the database (500).

- NUL bytes: PostgreSQL cannot store them and no reader types them; a request carrying one in
  its path, query or form is refused.
- Integers in URLs: the `int` converter stops at the largest database id, so an id never overflows a
  database integer (a longer one is simply no such page).
- Size: MAX_CONTENT_LENGTH and MAX_FORM_MEMORY_SIZE (config.py) bound the body; Werkzeug
  answers 413 and errors.py renders it.
"""

from __future__ import annotations

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter

# Database ids are 32-bit on both databases; a bigger number is no such page, not a crash.
MAX_ID = 2**31 - 1


class BoundedIntegerConverter(IntegerConverter):
    """`<int:...>` as Werkzeug has it, but never larger than a database id can be."""

    regex = r"\d{1,10}"

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def ascii_int(value: str | None) -> int | None:
    """A whole number written with ASCII digits only (int() also takes '٣' and '²' fails
    isdigit-then-int), else None."""
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 9:
        return None
    return int(value)


def _has_nul(values) -> bool:
    return any("\x00" in key or any("\x00" in v for v in vals) for key, vals in values)


def refuse_nul_bytes() -> None:
    if "\x00" in request.path or _has_nul(request.args.lists()):
        abort(400)
    if request.method in ("POST", "PUT", "PATCH", "DELETE") and _has_nul(request.form.lists()):
        abort(400)


def init_app(app: Flask) -> None:
    app.url_map.converters["int"] = BoundedIntegerConverter
    # First of all before_request hooks: CSRF and sign-in checks read the form too.
    app.before_request_funcs.setdefault(None, []).insert(0, refuse_nul_bytes)
