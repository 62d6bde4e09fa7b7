"""The path finder and the shortlist as pages: plain GET steps, htmx fragments, no cookie."""

import pytest

from portal.models.catalog import ProgrammeTranslation
from tests import factories
from tests.helpers import HTMX, fragment, page, text_of

ROUTE = "svenska=sfi-c&skola=7-12&mal=vard-och-omsorg&takt=alla&var=jarva&lage=inget"


@pytest.fixture
def catalogue(session):
    care = factories.field()
    factories.field("svenska-och-grund", "Svenska och grundläggande", "Swedish and basics")
    kista = factories.district()
    factories.district("farsta", "Farsta", True)
    usk = factories.programme(
        "Undersköterska med sfi",
        "Assistant nurse with sfi",
        slug="kombi-usk",
        field=care,
        district=kista,
        swedish_level=3,
    )
    usk.translations[0].occupation = "Undersköterska"
    factories.programme(
        "Sfi studieväg 2",
        "Sfi study path 2",
        kind="sfi",
        slug="sfi-2",
        swedish_level=0,
        min_schooling_years=7,
        max_schooling_years=12,
        district=kista,
    )
    factories.programme(
        "Hemtjänst",
        kind="jobbspar",
        slug="js-hemtjanst",
        field=care,
        district=kista,
        swedish_level=3,
        apply_via="Jobbtorg Stockholm Järva",
        apply_phone="08-508 00 000",
        translations=[
            ProgrammeTranslation(locale="ar", title="مسار عمل: الرعاية المنزلية", source_version=1)
        ],
    )
    factories.programme(
        "Yrkesutbildning undersköterska",
        kind="yrkesutbildning",
        slug="yrk-usk",
        field=care,
        swedish_level=5,
    )
    session.commit()


def test_each_step_is_a_plain_get_form_that_carries_the_answers_so_far(client, catalogue):
    soup = page(client.get("/sv/vilken-vag"))
    form = soup.select_one("form.finder__step")
    assert form["method"] == "get" and form["action"] == "/sv/vilken-vag"
    assert len(soup.select("input[name=svenska][type=radio]")) == 7
    soup = page(client.get("/sv/vilken-vag?svenska=sfi-c"))
    assert text_of(soup, "h1") == "Hur många år gick du i skolan?"
    assert soup.select_one("input[type=hidden][name=svenska]")["value"] == "sfi-c"
    assert soup.select_one("a.finder__back")["href"] == "/sv/vilken-vag"
    assert "steg 2 av 6" in soup.title.get_text()


def test_the_route_in_steps(client, catalogue):
    soup = page(client.get(f"/sv/vilken-vag?{ROUTE}"))
    assert text_of(soup, "h1") == "Din väg till jobb"
    now = soup.select("#route-now ~ ul .programme-card__title")
    titles = [t.get_text(strip=True) for t in now]
    assert set(titles[:2]) == {"Hemtjänst", "Undersköterska med sfi"}  # work first
    assert "Sfi studieväg 2" in titles
    reasons = text_of(soup, "#route-now ~ ul")
    assert "Du har: Sfi kurs C" in reasons
    assert "Yrkesutbildning undersköterska" in text_of(soup, "#route-next ~ ul")
    assert "Undersköterska" in text_of(soup, "#route-job ~ ul")
    assert "Vuxenutbildningscentrum" in text_of(soup, ".finder__talk")
    assert "komvux" in text_of(soup, ".finder__rules").lower()
    compare = soup.select_one("a[href^='/sv/jamfor?p=']")["href"]
    assert "kombi-usk" in compare


def test_steps_and_route_set_no_cookie_and_need_no_token(client, catalogue):
    for url in ("/sv/vilken-vag", f"/ar/vilken-vag?{ROUTE}", "/sv/jamfor?p=kombi-usk"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Set-Cookie" not in response.headers, url
        assert "csrf" not in response.get_data(as_text=True).lower(), url


def test_htmx_gets_only_the_finder_with_its_title(client, catalogue):
    response = client.get("/sv/vilken-vag?svenska=ingen", headers=HTMX)
    soup = fragment(response)
    assert "HX-Request" in response.headers["Vary"]
    assert soup.select_one("h1#finder-heading").get_text(strip=True).startswith("Hur många")
    assert soup.title.get_text().startswith("Hur många år")


@pytest.mark.parametrize(
    "query",
    [
        "svenska=klingon",
        "svenska=sfi-c&skola=-4",
        "svenska=sfi-c&skola=7-12&mal=%3Cscript%3E&takt=alla",
        "svenska=sfi-c&skola=7-12&mal=vard-och-omsorg&takt=alla&var=mars&lage=inget",
    ],
)
def test_answers_out_of_range_ask_again_with_a_message(client, catalogue, query):
    soup = page(client.get(f"/sv/vilken-vag?{query}"))
    assert "Vi förstod inte svaret" in text_of(soup, "main")
    assert "<script>" not in str(soup.select_one("main"))


def test_a_combination_that_matches_nothing_still_gives_a_route_and_a_person(client, catalogue):
    query = "svenska=ingen&skola=0-6&mal=vard-och-omsorg&takt=deltid&var=farsta&lage=yrke"
    soup = page(client.get(f"/sv/vilken-vag?{query}"))
    assert soup.select("#route-now ~ ul .programme-card")  # never an empty route
    assert "Vuxenutbildningscentrum" in text_of(soup, ".finder__talk")


def test_unsure_leads_to_the_fields_with_most_demand(client, catalogue):
    query = "svenska=sfi-c&skola=7-12&mal=vet-inte&takt=alla&var=hela-staden&lage=inget"
    soup = page(client.get(f"/en/vilken-vag?{query}"))
    demand = soup.select(".finder__demand a")
    assert demand[0].get_text(strip=True) == "Health and social care"
    assert "mal=vard-och-omsorg" in demand[0]["href"]


def test_arabic_route_marks_swedish_fallback_left_to_right(client, catalogue):
    soup = page(client.get(f"/ar/vilken-vag?{ROUTE}"))
    assert soup.html["dir"] == "rtl"
    titles = {a.get_text(strip=True): a for a in soup.select(".programme-card__title a")}
    assert titles["مسار عمل: الرعاية المنزلية"].get("dir") is None  # Arabic, in its own direction
    swedish = titles["Undersköterska med sfi"]
    assert swedish["lang"] == "sv" and swedish["dir"] == "ltr"


def test_start_page_links_to_the_path_finder(client, catalogue):
    soup = page(client.get("/uk/"))
    assert soup.select_one("a[href='/uk/vilken-vag']")


def test_compare_side_by_side_from_the_address_only(client, catalogue):
    soup = page(client.get("/sv/jamfor?p=kombi-usk,js-hemtjanst,finns-inte"))
    heads = [th.get_text(" ", strip=True) for th in soup.select("thead th")]
    assert heads[0].startswith("Undersköterska med sfi") and heads[1].startswith("Hemtjänst")
    rows = {tr.th.get_text(strip=True): tr for tr in soup.select("tbody tr")}
    assert "Sfi kurs C" in rows["Svenska för att börja"].get_text()
    assert "Jobbtorg Stockholm Järva" in rows["Väg in"].get_text()
    assert "1 utbildning i adressen" in text_of(soup, "main")
    remove = rows["Väg in"].find_next("tr").select("a")[0]["href"]
    assert remove == "/sv/jamfor?p=js-hemtjanst"
    # Adding through the plain form lands on one canonical, shareable address.
    response = client.get("/sv/jamfor?p=kombi-usk&lagg-till=sfi-2")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/sv/jamfor?p=kombi-usk,sfi-2")


def test_easy_to_read_swedish_variant_keeps_its_own_address(client, catalogue):
    soup = page(client.get("/sv/vilken-vag/lattlast"))
    assert text_of(soup, "h1") == "Hur mycket svenska kan du?"
    assert soup.select_one("form.finder__step")["action"] == "/sv/vilken-vag/lattlast"
    soup = page(client.get(f"/sv/vilken-vag/lattlast?{ROUTE}"))
    assert "Vem kan hjälpa dig?" in text_of(soup, ".finder__talk")
    change = soup.select_one("a.finder__change")["href"]
    assert change.startswith("/sv/vilken-vag/lattlast?")
    assert client.get("/ar/vilken-vag/lattlast").status_code == 404  # Swedish only
    assert page(client.get("/sv/vilken-vag")).select_one("a[href='/sv/vilken-vag/lattlast']")


def test_a_route_costs_the_same_few_queries_however_big_the_catalogue(
    client, catalogue, session, count_queries
):
    url = f"/sv/vilken-vag?{ROUTE}"
    client.get(url)  # warm up anything cached per process
    with count_queries() as small:
        client.get(url)
    for n in range(30):
        factories.programme(f"Kombi {n}", slug=f"kombi-{n}", swedish_level=2)
    session.commit()
    with count_queries() as big:
        assert client.get(url).status_code == 200
    assert big["n"] == small["n"] <= 12, (small, big)
