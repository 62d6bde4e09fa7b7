"""Hostile or malformed requests get a clear 4xx answer (never a 500) and never steer links."""

import pytest

from tests.helpers import page


@pytest.mark.parametrize(
    "query", ["_anchor=x", "_method=x", "_external=1&_scheme=x", "_scheme=javascript"]
)
@pytest.mark.parametrize("path", ["/sv/", "/en/utbildningar", "/en/utbildningar/no-such"])
def test_url_for_keywords_in_the_query_do_not_break_the_language_switcher(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code in (200, 404)
    soup = page(response, status=response.status_code)
    assert response.headers["Content-Security-Policy"]
    finnish = soup.select_one('nav.language-switcher a[lang="fi"]')["href"]
    assert finnish.startswith("/fi/")


def test_forwarded_host_never_reaches_switcher_links(client):
    response = client.get(
        "/sv/utbildningar?_external=1&q=v%C3%A5rd", headers={"X-Forwarded-Host": "evil.example"}
    )
    html = response.get_data(as_text=True)
    assert "evil.example" not in html
    soup = page(response)
    hrefs = [a["href"] for a in soup.select("nav.language-switcher a")]
    assert all(h.startswith("/") and not h.startswith("//") for h in hrefs)
    assert "/ar/utbildningar?_external=1&q=v%C3%A5rd" in hrefs
