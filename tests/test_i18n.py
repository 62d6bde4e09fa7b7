import pytest

from portal.i18n import LOCALES
from tests.helpers import page, text_of


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("ar", "/ar/"),
        ("fa-IR,fa;q=0.9,en;q=0.5", "/fa/"),
        ("de-DE,de;q=0.9,fi;q=0.4", "/fi/"),
        ("de-DE,fr;q=0.8", "/sv/"),
        (None, "/sv/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    headers = {"Accept-Language": accept} if accept else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response.headers["Location"] == expected
    assert "Accept-Language" in response.headers["Vary"]


@pytest.mark.parametrize("code", list(LOCALES))
def test_every_locale_has_a_start_page_with_lang_and_dir(client, code):
    soup = page(client.get(f"/{code}/"))
    assert soup.html["lang"] == code
    assert soup.html["dir"] == ("rtl" if code in {"ar", "fa"} else "ltr")


def test_start_page_is_swedish_under_sv_and_english_under_en(client):
    assert text_of(page(client.get("/sv/")), "h1") == "Hitta din väg till utbildning och jobb"
    assert text_of(page(client.get("/en/")), "h1") == "Find your way to education and work"


def test_numbers_are_formatted_for_the_locale(client):
    assert "1\xa0611 stockholmare" in client.get("/sv/").get_data(as_text=True)
    assert "1,611 Stockholmers" in client.get("/en/").get_data(as_text=True)


def test_unknown_locale_is_not_found(client):
    response = client.get("/de/")
    assert response.status_code == 404


def test_switcher_lists_every_language_in_its_own_name_and_marks_the_current(client):
    soup = page(client.get("/en/"))
    links = soup.select("nav.language-switcher a")
    assert [a.get_text(strip=True) for a in links] == [loc.name for loc in LOCALES.values()]
    assert [a["lang"] for a in links] == list(LOCALES)
    current = soup.select('nav.language-switcher a[aria-current="true"]')
    assert [a["lang"] for a in current] == ["en"]


def test_switcher_keeps_the_current_page_and_query(app, client):
    soup = page(client.get("/sv/?q=underskoterska&page=2"))
    arabic = soup.select_one('nav.language-switcher a[lang="ar"]')["href"]
    assert arabic.startswith("/ar/?")
    assert "q=underskoterska" in arabic and "page=2" in arabic


def test_hreflang_alternates_point_at_every_locale(app, client):
    soup = page(client.get("/sv/"))
    alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"]')}
    base = app.config["PUBLIC_BASE_URL"]  # search engines ignore relative alternates
    expected = {code: f"{base}/{code}/" for code in LOCALES} | {"x-default": f"{base}/sv/"}
    assert alternates == expected


@pytest.mark.parametrize(
    ("easy", "normal"),
    [
        ("/sv/lattlast", "/{}/"),
        ("/sv/vilken-vag/lattlast?fran=1", "/{}/vilken-vag?fran=1"),
        ("/sv/kontakt/lattlast", "/{}/kontakt"),
    ],
)
def test_switcher_on_easy_swedish_leads_to_the_same_page_in_other_languages(client, easy, normal):
    """Lättläst is a Swedish variant: in another language the same page is its normal one."""
    soup = page(client.get(easy))
    for link in soup.select("nav.language-switcher a"):
        code = link["lang"]
        if code == "sv":
            assert link["href"] == easy.split("?")[0] + ("?fran=1" if "?" in easy else "")
            continue
        assert link["href"] == normal.format(code)
        assert client.get(link["href"]).status_code == 200, link["href"]


def test_error_page_switcher_leads_to_start_page_in_that_language(client):
    soup = page(client.get("/en/no-such-page"), status=404)
    assert soup.select_one('nav.language-switcher a[lang="fi"]')["href"] == "/fi/"
