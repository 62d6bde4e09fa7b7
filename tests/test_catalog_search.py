from datetime import timedelta

import pytest

from portal import clock
from portal.models.catalog import ProgrammeTranslation
from tests import factories
from tests.helpers import HTMX, fragment, page, text_of


def titles(soup):
    return [" ".join(a.get_text().split()) for a in soup.select(".programme-card__title a")]


def count_of(soup, name, value):
    label = soup.select_one(f'label[for="f-{name}-{value}"] .count')
    return int(label.get_text().strip("()"))


@pytest.fixture
def catalogue(session):
    care = factories.field()
    tech = factories.field("teknik", "Teknik och installation", "Technology and installation")
    kista = factories.district()
    farsta = factories.district("farsta", "Farsta", True)
    factories.programme(
        "Undersköterska",
        "Assistant nurse",
        field=care,
        district=kista,
        swedish_level=3,
        slug="usk-kista",
    )
    factories.programme(
        "Barnskötare",
        "Childcare assistant",
        field=care,
        district=farsta,
        swedish_level=4,
        pace=50,
        slug="barnskotare-farsta",
        starts_in_days=200,
        open_now=False,
    )
    factories.programme(
        "Elteknik",
        "Electrical engineering",
        field=tech,
        kind="yrkesutbildning",
        swedish_level=5,
        study_format="distans",
        slug="elteknik",
        starts_in_days=100,
        open_now=False,
    )
    factories.programme(
        "Sfi studieväg 1",
        "Sfi study path 1",
        kind="sfi",
        swedish_level=0,
        district=kista,
        slug="sfi-1",
        starts_in_days=10,
    )
    factories.programme("Hemlig", kind="sfi", status="draft", slug="utkast")
    session.commit()


def test_full_page_without_htmx_and_fragment_with(client, catalogue):
    full = client.get("/sv/utbildningar")
    soup = page(full)
    assert text_of(soup, "h1") == "Hitta utbildning"
    assert soup.select_one("#search-form #search-panel .results")
    partial = client.get("/sv/utbildningar", headers=HTMX)
    frag = fragment(partial)
    assert frag.select_one(".results") and frag.select_one(".facets")
    assert not frag.select("h1, #search-q")  # the text box is outside the swap: typing goes on
    oob = frag.select_one('#result-count[hx-swap-oob="innerHTML"]')
    assert oob.get_text(strip=True) == "4 utbildningar hittades"
    for response in (full, partial):
        assert "HX-Request" in response.headers["Vary"]


def test_history_restore_gets_the_full_page(client, catalogue):
    headers = {**HTMX, "HX-History-Restore-Request": "true"}
    page(client.get("/sv/utbildningar?typ=sfi", headers=headers))


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("sv", "underskoterska", ["Undersköterska"]),
        ("sv", "UNDERSKÖTERSKA", ["Undersköterska"]),
        ("sv", "barnskot", ["Barnskötare"]),
        ("en", "assistant nurse", ["Assistant nurse"]),
        ("en", "underskoterska", ["Assistant nurse"]),  # Swedish text is searched too
        ("en", "CHILDCARE", ["Childcare assistant"]),
        ("sv", "sfi studievag", ["Sfi studieväg 1"]),
        ("sv", "hemlig", []),  # drafts are never found
    ],
)
def test_free_text_is_case_and_diacritic_insensitive(client, catalogue, lang, query, expected):
    soup = page(client.get(f"/{lang}/utbildningar", query_string={"q": query}))
    assert titles(soup) == expected


def test_title_matches_rank_first(client, session, catalogue):
    factories.programme("Vårdbiträde", slug="vardbitrade", translations=[])
    p = factories.programme("Lärling inom vård", slug="larling")
    p.translations[0].body = "Du blir undersköterska"
    session.commit()
    soup = page(client.get("/sv/utbildningar", query_string={"q": "undersköterska"}))
    assert titles(soup) == ["Undersköterska", "Lärling inom vård"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"typ": "sfi"}, ["Sfi studieväg 1"]),
        ({"typ": ["sfi", "yrkesutbildning"]}, ["Sfi studieväg 1", "Elteknik"]),
        ({"omrade": "teknik"}, ["Elteknik"]),
        ({"niva": "3"}, ["Sfi studieväg 1", "Undersköterska"]),
        ({"niva": "0"}, ["Sfi studieväg 1"]),
        ({"form": "distans"}, ["Elteknik"]),
        ({"takt": "50"}, ["Barnskötare"]),
        ({"stadsdel": "farsta"}, ["Barnskötare"]),
        ({"stadsdel": "hela-staden"}, ["Elteknik"]),
        ({"inom": "1"}, ["Sfi studieväg 1", "Undersköterska"]),
        ({"inom": "6"}, ["Sfi studieväg 1", "Undersköterska", "Elteknik"]),
        ({"oppen": "1"}, ["Sfi studieväg 1", "Undersköterska"]),
        ({"omrade": "vard-och-omsorg", "oppen": "1"}, ["Undersköterska"]),
    ],
)
def test_every_facet_filters_without_javascript(client, catalogue, query, expected):
    soup = page(client.get("/sv/utbildningar", query_string=query))
    assert titles(soup) == expected
    assert text_of(soup, "#result-count").startswith(str(len(expected)))


def test_facet_counts_leave_out_their_own_filter(client, catalogue):
    soup = page(client.get("/sv/utbildningar", query_string={"typ": "sfi"}))
    # Kind counts ignore the kind filter, so the reader sees what choosing another would give.
    assert count_of(soup, "typ", "kombinationsutbildning") == 2
    assert count_of(soup, "typ", "yrkesutbildning") == 1
    # Other facets count within the chosen kind.
    assert count_of(soup, "omrade", "vard-och-omsorg") == 0
    assert count_of(soup, "stadsdel", "rinkeby-kista") == 1
    level_option = soup.select_one('#filter-level option[value="3"]')
    assert level_option.get_text().endswith("(1)")


def test_sort_by_start_date(client, catalogue):
    soup = page(client.get("/sv/utbildningar", query_string={"sort": "start"}))
    assert titles(soup) == ["Sfi studieväg 1", "Undersköterska", "Elteknik", "Barnskötare"]


def test_pagination_and_out_of_range_pages(client, session, catalogue):
    for n in range(12):
        factories.programme(
            f"Kurs {n:02}", slug=f"kurs-{n}", kind="komvux_gymnasial", starts_in_days=40 + n
        )
    session.commit()
    first = page(client.get("/sv/utbildningar?typ=komvux_gymnasial"))
    assert len(titles(first)) == 10
    assert "Sida 1 av 2" in first.select_one("nav.pagination").get_text()
    next_href = first.select_one('nav.pagination a[rel="next"]')["href"]
    assert "sida=2" in next_href and "typ=komvux_gymnasial" in next_href
    second = page(client.get(next_href))
    assert titles(second) == ["Kurs 10", "Kurs 11"]
    beyond = page(client.get("/sv/utbildningar?typ=komvux_gymnasial&sida=99"))
    assert titles(beyond) == ["Kurs 10", "Kurs 11"]
    malformed = page(client.get("/sv/utbildningar?typ=komvux_gymnasial&sida=abc"))
    assert len(titles(malformed)) == 10


def test_unknown_filter_values_are_ignored(client, catalogue):
    query = "typ=nonsense&omrade=nowhere&niva=99&form=x&takt=33&stadsdel=mars&inom=7&sort=z"
    soup = page(client.get(f"/sv/utbildningar?{query}"))
    assert len(titles(soup)) == 4


def test_long_query_is_cut_not_refused(client, catalogue):
    soup = page(client.get("/sv/utbildningar", query_string={"q": "a" * 500}))
    assert len(soup.select_one("#search-q")["value"]) == 200


def test_helpful_empty_state(client, catalogue):
    soup = page(client.get("/sv/utbildningar", query_string={"q": "astronaut"}))
    assert titles(soup) == []
    assert text_of(soup, "#result-count") == "0 utbildningar hittades"
    assert "Inga utbildningar matchar alla dina val." in soup.select_one(".empty-state").get_text()
    assert soup.select_one('.empty-state a[href="/sv/utbildningar"]')


def test_filter_form_works_without_javascript(client, catalogue):
    soup = page(client.get("/sv/utbildningar"))
    form = soup.select_one("form#search-form")
    assert form["method"] == "get" and form["action"] == "/sv/utbildningar"
    assert form.select('button[type="submit"]')
    assert form["hx-push-url"] == "true"
    assert soup.select_one("#result-count")["role"] == "status"


def test_open_for_application_uses_the_application_window(client, session, catalogue):
    today = clock.today()
    p = factories.programme("Stängd", slug="stangd", starts_in_days=20)
    p.intakes[0].application_closes = today - timedelta(days=1)
    session.commit()
    soup = page(client.get("/sv/utbildningar?oppen=1"))
    assert "Stängd" not in titles(soup)


def test_search_uses_a_constant_number_of_queries(client, session, catalogue, count_queries):
    def queries_for_search():
        with count_queries() as counter:
            fragment(client.get("/sv/utbildningar?q=kurs", headers=HTMX))
        return counter["n"]

    factories.programme("Kurs A", slug="kurs-a")
    session.commit()
    few = queries_for_search()
    for n in range(25):
        factories.programme(
            f"Kurs {n}",
            slug=f"kurs-many-{n}",
            translations=[ProgrammeTranslation(locale="en", title=f"Course {n}")],
        )
    session.commit()
    assert queries_for_search() == few
    # catalogue revision 1 (+1 on a cache miss), vocabulary 3, occupation and district words 2,
    # facet counts with the page ids 1, cards 3
    assert few <= 12, few


def test_repeated_fragment_is_served_from_cache_until_the_catalogue_changes(
    client, session, catalogue, count_queries
):
    url = "/sv/utbildningar?typ=kombinationsutbildning"
    first = fragment(client.get(url, headers=HTMX))
    with count_queries() as counter:
        again = fragment(client.get(url, headers=HTMX))
    assert counter["n"] == 1  # only the revision check
    assert titles(again) == titles(first) == ["Undersköterska", "Barnskötare"]
    # An edit anywhere in the catalogue shows on the very next request.
    factories.programme("Vårdbiträde", slug="vardbitrade", starts_in_days=300)
    session.commit()
    assert titles(fragment(client.get(url, headers=HTMX)))[-1] == "Vårdbiträde"
    translation = session.query(ProgrammeTranslation).filter_by(title="Undersköterska").one()
    translation.title = "Undersköterska, ny"
    session.commit()
    assert titles(fragment(client.get(url, headers=HTMX)))[0] == "Undersköterska, ny"


def test_cache_is_not_fooled_by_a_rebuilt_database(client, session):
    """A database rebuilt or restored under a running worker restarts the revision counter;
    the cache must not then serve what it kept from before."""
    from sqlalchemy import text

    url = "/sv/utbildningar"
    factories.programme("Före", slug="fore")
    session.commit()
    assert titles(fragment(client.get(url, headers=HTMX))) == ["Före"]
    for table in ("intake", "programme_translation", "programme", "catalogue_revision"):
        session.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names
    session.commit()
    factories.programme("Efter", slug="efter")
    session.commit()
    assert titles(fragment(client.get(url, headers=HTMX))) == ["Efter"]
