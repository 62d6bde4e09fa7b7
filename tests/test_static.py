import gzip
import hashlib
import re
from pathlib import Path

import brotli
import pytest

STATIC = Path(__file__).resolve().parent.parent / "static"
HTMX_DIR = STATIC / "vendor" / "htmx"


def test_vendored_htmx_matches_its_recorded_checksum_and_version():
    note = (HTMX_DIR / "README.md").read_text()
    recorded = re.search(r"SHA-256 \| `([0-9a-f]{64})`", note).group(1)
    actual = hashlib.sha256((HTMX_DIR / "htmx.min.js").read_bytes()).hexdigest()
    assert actual == recorded
    version = re.search(r"version \| (\S+)", note).group(1)
    assert version.startswith("2.0.")
    assert f'version:"{version}"' in (HTMX_DIR / "htmx.min.js").read_text()
    assert (HTMX_DIR / "LICENSE").read_text().startswith("Zero-Clause BSD")


def test_assets_are_fingerprinted_and_cached_for_a_year(client):
    html = client.get("/sv/").get_data(as_text=True)
    url = re.search(r'href="(/static/css/portal\.css\?v=[0-9a-f]{12})"', html).group(1)
    response = client.get(url)
    assert response.status_code == 200
    # A year, and no "no-cache": a browser must not revalidate it on every page.
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("encoding", "decode"), [("br", brotli.decompress), ("gzip", gzip.decompress)]
)
def test_static_files_are_sent_precompressed(client, encoding, decode):
    html = client.get("/sv/").get_data(as_text=True)
    url = re.search(r'src="(/static/vendor/htmx/htmx\.min\.js\?v=[0-9a-f]{12})"', html).group(1)
    response = client.get(url, headers={"Accept-Encoding": f"{encoding}, identity"})
    assert response.headers["Content-Encoding"] == encoding
    assert "Accept-Encoding" in response.headers["Vary"]
    original = (HTMX_DIR / "htmx.min.js").read_bytes()
    assert decode(response.get_data()) == original
    assert len(response.get_data()) < len(original) / 2


def test_css_uses_logical_properties_only():
    """Physical left/right would break the right-to-left layouts of ar and fa."""
    css = (STATIC / "css" / "portal.css").read_text()
    assert not re.search(r"(margin|padding|border)-(left|right)|\b(left|right)\s*:|float:", css)


@pytest.mark.parametrize("name", ["portal.css", "ethiopic.css"])
def test_every_css_block_is_closed(name):
    """An unclosed @media print block once hid the screen rules after it (mail previews,
    recruitment day cards) from every screen."""
    css = re.sub(r"/\*.*?\*/", "", (STATIC / "css" / name).read_text(), flags=re.S)
    depth = 0
    for char in css:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0
