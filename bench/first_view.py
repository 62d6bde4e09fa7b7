"""First view on the wire: what a browser that accepts brotli and gzip downloads for the start,
search, programme, field and contact pages in sv and ar, against one TCP initial window
(14.6 KB of HTML+CSS) and 20 KB of script.

Loads the demo catalogue into a temporary SQLite file and asks through the Flask test client,
so it measures the application's own responses (compression, precompressed static files).
Prints each page uncompressed ("before": what was sent until the app compressed) and as sent.

.venv/bin/python bench/first_view.py
"""

import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PORTAL_ENV", "testing")

WINDOW = 14_600
SCRIPT_BUDGET = 20_000
ASSET = re.compile(r'(?:href|src)="(/static/[^"]+\?v=[0-9a-f]+)"')
WIRE = {"Accept-Encoding": "br, gzip"}


def main() -> None:
    from sqlalchemy import select

    from portal import create_app
    from portal.demo import load_demo_content
    from portal.extensions import db
    from portal.models.catalog import Field, Programme, Status

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.db", "RATELIMIT_ENABLED": False}
        )
        with app.app_context():
            db.create_all()
            load_demo_content()
            db.session.commit()
            programme = db.session.scalar(
                select(Programme.slug).where(Programme.status == Status.PUBLISHED).limit(1)
            )
            field = db.session.scalar(select(Field.slug).limit(1))
        client = app.test_client()
        pages = {
            "start": "/{}/",
            "search": "/{}/utbildningar",
            "programme": f"/{{}}/utbildningar/{programme}",
            "field": f"/{{}}/omraden/{field}",
            "contact": "/{}/kontakt",
        }
        print(f"{'page':<16}{'HTML+CSS before':>16}{'on the wire':>13}{'ratio':>7}  budget")
        scripts: tuple[int, int] = (0, 0)
        for lang in ("sv", "ar"):
            for name, pattern in pages.items():
                html = client.get(pattern.format(lang))
                assets = ASSET.findall(html.get_data(as_text=True))
                css = [a for a in assets if ".css?" in a]
                js = [a for a in assets if ".js?" in a]
                before = len(html.get_data()) + sum(_size(client, a, {}) for a in css)
                after = _size(client, pattern.format(lang), WIRE) + sum(
                    _size(client, a, WIRE) for a in css
                )
                verdict = "ok" if after <= WINDOW else "OVER"
                label = f"{name} {lang}"
                print(f"{label:<16}{before:>16,}{after:>13,}{after / before:>7.2f}  {verdict}")
                scripts = (
                    sum(_size(client, a, {}) for a in js),
                    sum(_size(client, a, WIRE) for a in js),
                )
        before, after = scripts
        verdict = "ok" if after <= SCRIPT_BUDGET else "OVER"
        print(f"{'script':<16}{before:>16,}{after:>13,}{after / before:>7.2f}  {verdict}")


def _size(client, url: str, headers: dict) -> int:
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return len(response.get_data())


if __name__ == "__main__":
    main()
