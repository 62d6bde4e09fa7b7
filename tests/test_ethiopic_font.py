"""Tigrinya pages carry an Ethiopic web font (phones without one show empty boxes); other pages
do not download it. The browser side is in tests/browser/test_programme_locales.py."""

import hashlib
import re
from pathlib import Path

from babel.messages.pofile import read_po

from portal.content.loader import load_content
from tests import factories
from tests.helpers import page

STATIC = Path(__file__).resolve().parent.parent / "static"
FONTS = STATIC / "fonts" / "noto-sans-ethiopic"
ETHIOPIC_SCRIPT = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")
SUBSET = range(0x1200, 0x1380)  # what the subset holds (see the folder's README)


def stylesheets(client, path):
    return [
        link["href"].split("?")[0] for link in page(client.get(path)).select("link[rel=stylesheet]")
    ]


def test_only_tigrinya_pages_link_the_ethiopic_stylesheet(client, session):
    factories.programme("Undersköterska", "Assistant nurse", slug="usk")
    session.commit()
    for lang in ("ti", "sv", "ar"):
        for path in (f"/{lang}/", f"/{lang}/utbildningar/usk"):
            has = "/static/css/ethiopic.css" in stylesheets(client, path)
            assert has == (lang == "ti"), path


def test_font_urls_carry_the_files_own_fingerprint():
    css = (STATIC / "css" / "ethiopic.css").read_text() + (
        STATIC / "css" / "portal.css"
    ).read_text()
    urls = re.findall(r'url\("\.\./fonts/noto-sans-ethiopic/([^"?]+)\?v=([0-9a-f]{12})"\)', css)
    assert len(urls) == 3
    for name, version in urls:
        assert hashlib.sha256((FONTS / name).read_bytes()).hexdigest()[:12] == version, name
    assert "SIL Open Font License" in (FONTS / "OFL.txt").read_text()


def _tigrinya_texts():
    content = load_content()
    for entry in (*content.programmes, *content.fields):
        if "ti" in entry.texts:
            yield from (str(v) for v in vars(entry.texts["ti"]).values())
    catalogue = Path(__file__).resolve().parent.parent / "translations/ti/LC_MESSAGES/messages.po"
    with catalogue.open("rb") as f:
        yield from (m.string for m in read_po(f) if isinstance(m.string, str))


def test_every_ethiopic_letter_in_tigrinya_text_is_in_the_subset():
    used = {c for text in _tigrinya_texts() for c in ETHIOPIC_SCRIPT.findall(text)}
    assert len(used) > 100  # the content really is in Ethiopic script
    assert not {c for c in used if ord(c) not in SUBSET}, "widen the subset (see its README)"
