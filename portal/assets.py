"""Fingerprinted static URLs: `asset_url('css/portal.css')` adds a hash of the file's content,
so browsers may cache it for a year and still get a new file the moment it changes."""

import hashlib
from functools import cache
from pathlib import Path

from flask import Flask, current_app, url_for


@cache
def _fingerprint(path: Path, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def asset_url(filename: str) -> str:
    assert current_app.static_folder  # create_app always sets one
    path = Path(current_app.static_folder) / filename
    return url_for("static", filename=filename, v=_fingerprint(path, path.stat().st_mtime_ns))


def init_app(app: Flask) -> None:
    app.add_template_global(asset_url)
