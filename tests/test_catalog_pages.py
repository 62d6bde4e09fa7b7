import json

import pytest

from portal.models.catalog import ProgrammeTranslation
from tests import factories
from tests.helpers import page, text_of


def text(programme, locale):
    return next(t for t in programme.translations if t.locale == locale)


@pytest.fixture
def usk(session):
    care = factories.field(body="## Varför\n\nOmsorgen behöver fler.<script>alert(1)</script>")
    kista = factories.district()
    home_care = factories.employer()
    sfi = factories.programme(
        "Sfi studieväg 2", "Sfi study path 2", kind="sfi", slug="sfi-2", swedish_level=0, field=care
    )
    p = factories.programme(
        "Undersköterska med svenska",
        "Assistant nurse with Swedish",
        slug="usk",
        field=care,
        district=kista,
        address="Kista torg 7",
        provider=factories.provider(),
        length_weeks=60,
        outcome_share=75,
        outcome_months=3,
        outcome_year=2022,
        outcome_is_target=True,
        outcome_source="Arbetsmarknadsnämndens budget 2022",
        apply_url="https://example.org/ansok",
        employers=[home_care],
    )
    sv, en = text(p, "sv"), text(p, "en")
    sv.body = "Du lär dig **omvårdnad**.<img src=x onerror=alert(1)>"
    sv.occupation, en.occupation = "Undersköterska", "Assistant nurse"
    sv.easy_summary = "Du läser svenska. Du lär dig ett yrke."
    p.next_step = None
    sfi.next_step = p
    factories.programme("Utkast", slug="draft-one", status="draft", field=care)
    session.commit()
    return p


def test_detail_shows_the_facts_a_resident_needs(client, usk):
    soup = page(client.get("/sv/utbildningar/usk"))
    assert text_of(soup, "h1") == "Undersköterska med svenska"
    facts = text_of(soup, ".programme__facts")
    for expected in (
        "Vård och omsorg",
        "Rinkeby-Kista",
        "Kista torg 7",
        "Heltid",
        "60 veckor",
        "Vuxenutbildning Stockholm",
    ):
        assert expected in facts
    assert "Mål: 75 % i arbete 3 månader efter avslutad utbildning." in text_of(soup, ".outcome")
    assert "Källa: Arbetsmarknadsnämndens budget 2022, 2022." in text_of(soup, ".outcome")
    assert "Sfi kurs C eller motsvarande" in soup.get_text()
    assert "Hemtjänsten i Rinkeby-Kista" in soup.get_text()
    assert soup.select_one('a.button[href="https://example.org/ansok"]')
    assert soup.select("table.intakes tbody tr")
    assert "Du läser svenska." in text_of(soup, ".easy-read")  # lättläst on Swedish pages


def test_markdown_body_is_sanitised(client, usk):
    html = client.get("/sv/utbildningar/usk").get_data(as_text=True)
    assert "<strong>omvårdnad</strong>" in html
    assert "onerror" not in html and "<img" not in html


def test_related_shows_published_programmes_only(client, usk):
    soup = page(client.get("/sv/utbildningar/usk"))
    related = [a.get_text(strip=True) for a in soup.select(".related .programme-card__title a")]
    assert related == ["Sfi studieväg 2"]
    sfi = page(client.get("/sv/utbildningar/sfi-2"))
    assert text_of(sfi, "#related-heading") == "Nästa steg och liknande utbildningar"
    assert sfi.select_one(".related a")["href"] == "/sv/utbildningar/usk"


def test_english_page_and_missing_translation_falls_back_with_notice(client, session, usk):
    soup = page(client.get("/en/utbildningar/usk"))
    assert text_of(soup, "h1") == "Assistant nurse with Swedish"
    assert not soup.select(".easy-read")  # easy-to-read Swedish belongs to Swedish pages
    session.add(usk)
    session.delete(text(usk, "en"))
    session.commit()
    soup = page(client.get("/en/utbildningar/usk"))
    h1 = soup.select_one("h1")
    assert h1.get_text(strip=True) == "Undersköterska med svenska" and h1["lang"] == "sv"
    notice = text_of(soup, ".notice")
    assert notice.startswith("Parts of this page are not yet translated into your language")
    assert soup.html["lang"] == "en"


def test_unreviewed_translation_says_so(client, session, usk):
    session.add(usk)
    text(usk, "en").reviewed = False
    session.commit()
    soup = page(client.get("/en/utbildningar/usk"))
    assert "has not yet been checked by a person" in text_of(soup, ".notice")


def test_drafts_and_unknown_slugs_are_not_found(client, usk):
    page(client.get("/sv/utbildningar/draft-one"), status=404)
    page(client.get("/sv/utbildningar/no-such-thing"), status=404)


def test_json_ld_describes_the_course_and_its_starts(client, usk):
    soup = page(client.get("/en/utbildningar/usk"))
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Course"
    assert data["name"] == "Assistant nurse with Swedish"
    assert data["url"] == "http://127.0.0.1:5000/en/utbildningar/usk"  # PUBLIC_BASE_URL
    assert data["provider"] == {"@type": "Organization", "name": "Vuxenutbildning Stockholm"}
    (instance,) = data["hasCourseInstance"]
    assert instance["@type"] == "CourseInstance" and instance["courseMode"] == "onsite"
    assert instance["location"]["name"] == "Rinkeby-Kista"


def test_json_ld_cannot_break_out_of_its_script(client, session, usk):
    session.add(usk)
    text(usk, "en").title = "</script><script>alert(1)</script>"
    session.commit()
    html = client.get("/en/utbildningar/usk").get_data(as_text=True)
    assert "</script><script>alert(1)" not in html


def test_open_graph_and_hreflang(app, client, usk):
    soup = page(client.get("/sv/utbildningar/usk"))
    assert soup.select_one('meta[property="og:title"]')["content"] == "Undersköterska med svenska"
    alternates = {a["hreflang"]: a["href"] for a in soup.select('link[rel="alternate"]')}
    assert alternates["ar"] == app.config["PUBLIC_BASE_URL"] + "/ar/utbildningar/usk"
    assert len(alternates) == 9  # eight languages and x-default


def test_rtl_detail_page(client, usk):
    soup = page(client.get("/ar/utbildningar/usk"))
    assert soup.html["dir"] == "rtl"
    assert soup.select_one("h1")["lang"] == "sv"  # no Arabic text yet: shown in Swedish, marked


def test_field_page_markets_the_field(client, usk):
    soup = page(client.get("/sv/omraden/vard-och-omsorg"))
    assert text_of(soup, "h1") == "Vård och omsorg"
    assert "Omsorgen behöver fler." in soup.select_one(".prose").get_text()
    assert "<script>alert" not in str(soup.select_one(".prose"))
    titles = [a.get_text(strip=True) for a in soup.select(".programme-card__title a")]
    assert sorted(titles) == ["Sfi studieväg 2", "Undersköterska med svenska"]
    page(client.get("/sv/omraden/finns-inte"), status=404)


def test_detail_page_uses_a_constant_number_of_queries(client, session, usk, count_queries):
    def queries():
        with count_queries() as counter:
            page(client.get("/sv/utbildningar/usk"))
        return counter["n"]

    before = queries()
    for n in range(6):
        p = factories.programme(
            f"Fler {n}",
            slug=f"more-{n}",
            field=usk.field,
            translations=[ProgrammeTranslation(locale="en", title=f"{n}")],
        )
        p.employers.append(factories.employer(f"Boende {n}", "care_home"))
    session.add(usk)
    usk.employers.append(factories.employer("Ett boende till", "care_home"))
    session.commit()
    assert queries() == before


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("sv", "Tillgänglighetsredogörelse"), ("en", "Accessibility statement")],
)
def test_accessibility_statement_linked_from_every_page(client, lang, heading):
    start = page(client.get(f"/{lang}/"))
    link = start.select_one(f'footer a[href="/{lang}/tillganglighet"]')
    assert link is not None
    soup = page(client.get(link["href"]))
    assert text_of(soup, "h1") == heading
    assert soup.select_one('a[href^="mailto:"]')
    assert "DIGG" in soup.get_text()


def test_easy_to_read_swedish_is_reachable_from_swedish_pages(client):
    for path, easy in (("/sv/", "/sv/lattlast"), ("/sv/kontakt", "/sv/kontakt/lattlast")):
        soup = page(client.get(path))
        assert soup.select_one(f'a[href="{easy}"]').get_text(strip=True) == "Lättläst"
        easy_page = page(client.get(easy))
        assert easy_page.select_one(".easy-page")["lang"] == "sv"
    page(client.get("/en/lattlast"), status=404)
    assert not page(client.get("/en/")).select('a[href="/sv/lattlast"]')
