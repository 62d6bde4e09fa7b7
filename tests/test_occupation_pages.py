"""Occupation pages (/<lang>/yrken/<slug>) and the occupation vocabulary as data."""

import json

import pytest

from portal.content.loader import content
from portal.i18n import LOCALES
from tests import factories
from tests.helpers import page, text_of


@pytest.fixture
def usk(session):
    care = factories.field()
    sfi_path = factories.programme(
        "Undersköterska med sfi", swedish_level=3, field=care, slug="usk-sfi", starts_in_days=40
    )
    later = factories.programme(
        "Undersköterska, senare start", swedish_level=2, slug="usk-sen", starts_in_days=90
    )
    sva_path = factories.programme(
        "Undersköterska i komvux", swedish_level=5, slug="usk-komvux", starts_in_days=20
    )
    draft = factories.programme("Utkast", status="draft", slug="usk-utkast")
    occupation = factories.occupation(
        programmes=[sfi_path, later, sva_path, draft],
        need="Nästan 400 medarbetare är 60 år eller äldre.",
        need_source="Kompetensförsörjningsplan 2026, Norra innerstaden",
        names={"ar": ("مساعد ممرض", "رعاية المسنين")},
    )
    session.commit()
    return occupation


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_occupation_page_shows_the_job_the_need_and_paths_by_starting_point(client, usk, lang):
    soup = page(client.get(f"/{lang}/yrken/underskoterska"))
    groups = soup.select(".path-group")
    assert [g.h3["id"] for g in groups] == ["start-sfi", "start-sva"]
    sfi_titles = [a.get_text(strip=True) for a in groups[0].select(".programme-card__title a")]
    assert sfi_titles == ["Undersköterska med sfi", "Undersköterska, senare start"]  # soonest
    assert "Utkast" not in soup.get_text()
    assert "Nästan 400" in soup.get_text()
    assert "Kompetensförsörjningsplan 2026" in soup.select_one(".source").get_text()
    assert groups[0].select_one(".programme-card dd")  # each path shows its next start
    assert soup.select_one('.guidance a[href="https://vuxenutbildning.stockholm/"]')


def test_occupation_page_in_arabic_uses_the_arabic_name(client, usk):
    soup = page(client.get("/ar/yrken/underskoterska"))
    assert text_of(soup, "h1") == "مساعد ممرض"
    assert soup.html["dir"] == "rtl"


def test_occupation_json_ld(client, usk):
    soup = page(client.get("/sv/yrken/underskoterska"))
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Occupation"
    assert data["occupationalCategory"]["codeValue"] == "5321"
    assert data["url"].endswith("/sv/yrken/underskoterska")
    assert "usk" in data["alternateName"]


def test_unknown_occupation_is_404(client, usk):
    assert client.get("/sv/yrken/astronaut").status_code == 404


def test_programme_page_links_to_its_occupations(client, usk):
    soup = page(client.get("/sv/utbildningar/usk-sfi"))
    assert soup.select_one('.occupation-list a[href="/sv/yrken/underskoterska"]')


def test_vocabulary_covers_every_locale_and_every_occupation_the_catalogue_leads_to():
    data = content()
    assert len(data.occupations) >= 30
    for entry in data.occupations:
        assert set(entry.texts) == set(LOCALES), entry.slug
        assert all(t.name and t.synonyms for t in entry.texts.values()), entry.slug
        assert entry.facts.programmes, f"{entry.slug} leads nowhere"
    linked = {slug for entry in data.occupations for slug in entry.facts.programmes}
    leads_somewhere = {p.slug for p in data.programmes if p.texts["sv"].occupation}
    assert leads_somewhere <= linked, sorted(leads_somewhere - linked)
