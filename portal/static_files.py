"""Static files through WhiteNoise, inside the WSGI app, so `make run` and a plain gunicorn
serve them the same way: precompressed (brotli and gzip, chosen by Accept-Encoding) and, behind
a fingerprinted URL (assets.py adds `?v=<hash>`), cached for a year without revalidation."""

import gzip
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import brotli
from flask import Flask
from whitenoise import WhiteNoise

YEAR = 365 * 24 * 3600
UNVERSIONED_MAX_AGE = 300  # a URL without ?v= may change under the same address
COMPRESSIBLE = {".css", ".js", ".svg", ".txt", ".md", ".json", ".html"}


def init_app(app: Flask) -> None:
    assert app.static_folder and app.static_url_path is not None  # create_app sets both
    source = Path(app.static_folder)
    if app.debug:
        # Development: files straight from the tree, re-read on every request (edits show).
        root, options = source, {"autorefresh": True}
    else:
        root, options = Path(app.instance_path) / "static", {}
        build(source, root)
    shared = dict(root=root, prefix=app.static_url_path + "/", add_headers_function=_nosniff)
    versioned = WhiteNoise(
        app.wsgi_app, max_age=YEAR, **shared | {"add_headers_function": _forever}
    )
    plain = WhiteNoise(app.wsgi_app, max_age=UNVERSIONED_MAX_AGE, **shared, **options)

    def serve(environ: dict, start_response: Callable) -> Iterable[bytes]:
        fingerprinted = "v=" in environ.get("QUERY_STRING", "")
        return (versioned if fingerprinted else plain)(environ, start_response)

    app.wsgi_app = serve  # type: ignore[method-assign]  # Flask's documented way


def build(source: Path, target: Path) -> None:
    """Copy `source` to `target` with .br and .gz beside each text file, redoing only what
    changed. Each file is written under a temporary name and renamed, so gunicorn workers
    starting together never read a half-written file."""
    for path in source.rglob("*"):
        if not path.is_file():
            continue
        copy = target / path.relative_to(source)
        stat = path.stat()
        if copy.exists() and copy.stat().st_mtime_ns == stat.st_mtime_ns:
            continue
        copy.parent.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
        if path.suffix in COMPRESSIBLE:
            _write(copy.with_name(copy.name + ".br"), brotli.compress(data, quality=11))
            _write(copy.with_name(copy.name + ".gz"), gzip.compress(data, 9, mtime=0))
        tmp = copy.with_name(f".{copy.name}.{os.getpid()}")
        shutil.copyfile(path, tmp)
        os.utime(tmp, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # marks the copy as current
        tmp.replace(copy)


def _nosniff(headers, path: str, url: str) -> None:
    headers["X-Content-Type-Options"] = "nosniff"  # Flask's after_request never sees these


def _forever(headers, path: str, url: str) -> None:
    # Not WhiteNoise's immutable_file_test: that sends ten years, beyond what HTTP advises.
    _nosniff(headers, path, url)
    headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_bytes(data)
    tmp.replace(path)
