"""The administration in every locale of the portal, with the right direction for each."""

import pytest

from portal.i18n import LOCALES
from tests.admin_helpers import make_user, sign_in
from tests.helpers import page


@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("uk", "ltr")])
def test_switching_the_administration_sets_lang_and_dir(client, session, code, direction):
    make_user("redaktor@stockholm.se", "editor")
    client.get(f"/admin/sprak/{code}?next=/admin/login")
    login = page(client.get("/admin/login"))
    assert (login.html["lang"], login.html["dir"]) == (code, direction)
    sign_in(client, "redaktor@stockholm.se")
    for path in ("/admin/", "/admin/programmes", "/admin/anordnare"):
        soup = page(client.get(path))
        assert (soup.html["lang"], soup.html["dir"]) == (code, direction), path


def test_arabic_administration_is_in_arabic(client, session):
    make_user("redaktor@stockholm.se", "editor")
    client.get("/admin/sprak/ar")
    sign_in(client, "redaktor@stockholm.se")
    soup = page(client.get("/admin/"))
    assert soup.h1.get_text(strip=True) != "Administration"  # translated, not the English
    assert soup.h1.get_text(strip=True) != "Administrering"


def test_an_unknown_code_is_ignored(client, session):
    client.get("/admin/sprak/ar")
    response = client.get("/admin/sprak/xx?next=/admin/login")
    assert response.status_code == 302
    soup = page(client.get("/admin/login"))
    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl"), "the earlier choice stays"
    client.get("/admin/sprak/..%2Fen")
    assert page(client.get("/admin/login")).html["lang"] == "ar"


def test_the_switcher_offers_every_locale_by_its_own_name(client, session):
    soup = page(client.get("/admin/login"))
    links = soup.select(".language-switcher a")
    assert [a.get_text(strip=True) for a in links] == [loc.name for loc in LOCALES.values()]
    assert [a["lang"] for a in links] == list(LOCALES)
    arabic = next(a for a in links if a["lang"] == "ar")
    assert arabic["dir"] == "rtl"
    assert arabic["href"].startswith("/admin/sprak/ar?next=")
    current = soup.select('.language-switcher a[aria-current="true"]')
    assert [a["lang"] for a in current] == ["sv"]


def test_left_to_right_fragments_keep_their_order_in_arabic(client, session):
    from tests import factories

    make_user("redaktor@stockholm.se", "editor")
    factories.recruitment_day()
    session.commit()
    client.get("/admin/sprak/ar")
    sign_in(client, "redaktor@stockholm.se")
    lead = page(client.get("/admin/")).select_one("p.lead bdi")
    assert lead.get_text() == "redaktor@stockholm.se"  # the full stop stays after the address
    times = page(client.get("/admin/rekryteringstraffar")).select_one('tbody span[dir="ltr"]')
    assert times.get_text().endswith("09:30–15:00")
    editor = page(client.get("/admin/programmes/ny"))
    assert editor.select_one("#apply_url")["dir"] == "ltr"
    assert editor.select_one("#apply_phone")["dir"] == "ltr"
