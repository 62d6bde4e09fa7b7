"""Assertions every page must pass, so each page test checks them without repeating itself."""

from collections import Counter

from bs4 import BeautifulSoup

HTMX = {"HX-Request": "true"}


def page(response, status: int = 200) -> BeautifulSoup:
    """Parse a full HTML page and check the rules every page keeps."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "text/html"
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.html is not None and soup.html.get("lang"), "page has no <html lang>"
    h1s = soup.find_all("h1")
    assert len(h1s) == 1, f"expected one <h1>, found {len(h1s)}"
    ids = Counter(tag["id"] for tag in soup.find_all(id=True))
    assert not [i for i, n in ids.items() if n > 1], f"duplicate ids: {ids.most_common(3)}"
    for form in soup.find_all("form"):
        assert form.get("action"), "every form needs an action (it must work without JS)"
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            continue  # data for search engines; browsers never execute it
        assert script.get("src") and not script.string, "inline script breaks the CSP"
    for tag in soup.find_all(True):
        assert "style" not in tag.attrs, f"inline style on <{tag.name}> breaks the CSP"
        assert not [a for a in tag.attrs if a.startswith(("on", "hx-on"))], (
            f"handler on <{tag.name}>"
        )
    return soup


def fragment(response, status: int = 200) -> BeautifulSoup:
    """Parse an htmx fragment: HTML without the page around it."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    html = response.get_data(as_text=True)
    assert "<html" not in html and "<body" not in html, "fragment contains a whole page"
    return BeautifulSoup(html, "html.parser")


def text_of(soup: BeautifulSoup, selector: str) -> str:
    node = soup.select_one(selector)
    assert node is not None, f"nothing matches {selector!r}"
    return " ".join(node.get_text(" ").split())
