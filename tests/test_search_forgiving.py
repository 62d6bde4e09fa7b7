"""Search in residents' own words: occupations in every locale, typos, areas, no dead ends,
bad input, and the page and the API agreeing."""

import json

import pytest

from portal.extensions import db
from tests import factories
from tests.helpers import HTMX, fragment, page, text_of


def titles(soup):
    return [" ".join(a.get_text().split()) for a in soup.select(".programme-card__title a")]


@pytest.fixture
def catalogue(session):
    care = factories.field()
    rinkeby = factories.district()
    tensta = factories.district("spanga-tensta", "Spånga-Tensta")
    farsta = factories.district("farsta", "Farsta")
    usk = factories.programme(
        "Vård och omsorg med svenska", field=care, district=farsta, slug="usk-farsta"
    )
    factories.programme("Barnskötare i Rinkeby", district=rinkeby, slug="barn-rinkeby")
    factories.programme("Sfi i Tensta", kind="sfi", district=tensta, slug="sfi-tensta")
    factories.programme("Lokalvård", kind="jobbspar", district=farsta, slug="lokalvard")
    factories.occupation(
        programmes=[usk],
        names={"uk": ("Молодша медсестра", "доглядальниця"), "en": ("Assistant nurse", "")},
    )
    session.commit()


@pytest.mark.parametrize(
    ("lang", "q"),
    [
        ("uk", "доглядальниця"),  # a Ukrainian word finds a Swedish-only programme
        ("sv", "usk"),  # the everyday abbreviation
        ("sv", "undersköttare"),  # a typo
        ("sv", "UNDERSKÖTERSKOR"),  # inflection and case
        ("en", "assistant nurses"),
    ],
)
def test_occupation_words_in_any_locale_find_the_programme(client, catalogue, lang, q):
    soup = page(client.get(f"/{lang}/utbildningar", query_string={"q": q}))
    assert titles(soup)[:1] == ["Vård och omsorg med svenska"]
    links = soup.select(".occupation-links a")
    assert [a["href"] for a in links] == [f"/{lang}/yrken/underskoterska"]


def test_an_area_name_finds_every_district_in_it(client, catalogue):
    soup = page(client.get("/sv/utbildningar", query_string={"q": "Järva"}))
    assert sorted(titles(soup)) == ["Barnskötare i Rinkeby", "Sfi i Tensta"]


def test_an_unknown_extra_word_does_not_empty_the_results(client, catalogue):
    soup = page(client.get("/sv/utbildningar", query_string={"q": "jobba med usk gärna"}))
    assert titles(soup) == ["Vård och omsorg med svenska"]


def test_no_results_suggests_the_nearest_occupation_and_a_person(client, catalogue):
    soup = page(client.get("/sv/utbildningar", query_string={"q": "vårdbiträde"}))
    empty = soup.select_one(".empty-state")
    assert titles(soup) == []
    assert "Menade du" in empty.get_text()
    assert empty.select_one('a[href="/sv/yrken/underskoterska"]')
    guidance = soup.select_one(".guidance")
    assert guidance.select_one('a[href="https://vuxenutbildning.stockholm/"]')
    assert guidance.select_one('a[href="/sv/vilken-vag"]')
    assert guidance.select_one('a[href^="tel:"]')
    # "remove a filter" only when a filter is set
    assert "Ta bort ett filter" not in empty.get_text()
    filtered = page(client.get("/sv/utbildningar", query_string={"q": "usk", "typ": "sfi"}))
    text = filtered.select_one(".empty-state").get_text()
    assert "Ta bort ett filter" in text
    assert filtered.select_one('.empty-state a[href="/sv/utbildningar?q=usk"]')


def test_filters_fold_into_one_disclosure_counting_the_active_ones(client, catalogue):
    soup = page(client.get("/sv/utbildningar?typ=sfi&typ=jobbspar&oppen=1"))
    details = soup.select_one("details#filters")
    assert details.select_one("#f-typ-sfi")  # every filter is inside it
    assert text_of(details, "summary") == "Filtrera (3 filter valda)"
    assert not details.has_attr("open")  # folded: on a phone the results come right after it
    assert "results" in details.find_next_sibling("section")["class"]
    plain = page(client.get("/sv/utbildningar"))
    assert text_of(plain, "details#filters summary") == "Filtrera"


def test_page_and_api_return_the_same_results(client, catalogue):
    for lang, q in (("sv", "usk"), ("uk", "доглядальниця"), ("sv", "järva"), ("sv", "tensta")):
        soup = page(client.get(f"/{lang}/utbildningar", query_string={"q": q}))
        api = client.get("/api/v1/programmes", query_string={"q": q, "lang": lang})
        assert api.status_code == 200
        api_slugs = [item["slug"] for item in api.get_json()["items"]]
        page_slugs = [a["href"].rsplit("/", 1)[1] for a in soup.select(".programme-card__title a")]
        assert page_slugs == api_slugs


@pytest.mark.parametrize(
    "q",
    [
        "undersköterska " * 200,  # very long
        "!!! ??? ... ,,, ;;;",  # only punctuation
        "\u200fمساعد\u200e ممرض\u202e",  # direction marks
        "🙂🙂 usk 👩‍⚕️",  # emoji
        "usk доглядальниця ሓላይ مساعد vård 护士",  # mixed scripts
        "%_\\'\"<script>",  # LIKE wildcards and markup
        " ".join(f"ord{n}" for n in range(300)),  # very many terms
    ],
)
def test_bad_input_never_errors(client, catalogue, q):
    soup = page(client.get("/sv/utbildningar", query_string={"q": q}))
    assert soup.select_one("#result-count")
    fragment(client.get("/ar/utbildningar", query_string={"q": q}, headers=HTMX))
    api = client.get("/api/v1/programmes", query_string={"q": q[:200]})
    assert api.status_code == 200, api.get_data(as_text=True)
    json.dumps(api.get_json())


def test_query_count_does_not_depend_on_what_the_words_matched(client, catalogue, count_queries):
    def queries(q):
        with count_queries() as counter:
            fragment(client.get("/sv/utbildningar", query_string={"q": q}, headers=HTMX))
        return counter["n"]

    # an occupation word, an area spanning districts, a typo, a word in the text only
    known = {q: queries(q) for q in ("usk", "järva")}
    assert len(set(known.values())) == 1, known
    # On PostgreSQL every word the vocabulary does not know is looked up by trigram similarity
    # in ONE more query, however many such words there are (SQLite does it in Python).
    with client.application.app_context():
        extra = 1 if db.engine.dialect.name == "postgresql" else 0
    unknown = {
        q: queries(q) for q in ("undersköttare", "lokalvård", "undersköttare lokalvård kocken")
    }
    assert set(unknown.values()) == {known["usk"] + extra}, (known, unknown)
