"""What search engines read: absolute language alternates, a canonical address and a
description on every public page, a sitemap of every published page, and robots.txt."""

from xml.etree import ElementTree

import pytest

from tests import factories
from tests.helpers import page

BASE = "https://utbildning.example.se"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def site(app, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", BASE)
    return app


@pytest.fixture
def catalogue(session):
    care = factories.field()
    p = factories.programme("Undersköterska med svenska", "Assistant nurse", slug="usk", field=care)
    factories.programme("Utkast", slug="draft-one", status="draft", field=care)
    factories.occupation(programmes=[p])
    session.commit()


@pytest.mark.parametrize(
    "path",
    [
        "/sv/",
        "/sv/utbildningar",
        "/sv/utbildningar/usk",
        "/sv/omraden/vard-och-omsorg",
        "/sv/yrken/underskoterska",
        "/sv/tillganglighet",
        "/sv/kontakt",
        "/sv/vilken-vag",
    ],
)
def test_every_public_page_has_absolute_alternates_canonical_and_description(site, catalogue, path):
    soup = page(site.test_client().get(path))
    alternates = {a["hreflang"]: a["href"] for a in soup.select('link[rel="alternate"][hreflang]')}
    assert alternates["ar"] == BASE + path.replace("/sv/", "/ar/", 1)
    assert alternates["x-default"] == BASE + path
    assert len(alternates) == 9  # eight languages and the default
    assert soup.select_one('link[rel="canonical"]')["href"] == BASE + path
    assert soup.select_one('meta[name="description"]')["content"].strip()
    assert len(soup.select('meta[name="description"]')) == 1


def test_sitemap_lists_every_published_page_in_every_language(site, catalogue):
    response = site.test_client().get("/sitemap.xml")
    assert response.mimetype == "application/xml"
    urls = ElementTree.fromstring(response.get_data())  # noqa: S314  # our own document
    alternates = {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in urls.findall("sm:url", NS)
    }
    for path in ("utbildningar/usk", "omraden/vard-och-omsorg", "yrken/underskoterska"):
        for lang in ("sv", "ar", "ti"):
            assert f"{BASE}/{lang}/{path}" in alternates
    assert not any("draft-one" in loc for loc in alternates)
    usk_ar = alternates[f"{BASE}/ar/utbildningar/usk"]
    assert usk_ar["fa"] == f"{BASE}/fa/utbildningar/usk"
    assert usk_ar["x-default"] == f"{BASE}/sv/utbildningar/usk"
    assert len(usk_ar) == 9


def test_robots_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(site):
    text = site.test_client().get("/robots.txt").get_data(as_text=True)
    assert f"Sitemap: {BASE}/sitemap.xml" in text
    assert "Disallow: /admin/" in text
