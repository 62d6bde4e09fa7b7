"""The start page of the administration tells each person the truth: a card for every section
their roles open and for none they cannot, and what their roles let them do in words."""

import pytest

from tests.admin_helpers import make_user, sign_in, totp_code
from tests.helpers import page, text_of

EDITING = {
    "/admin/programmes",
    "/admin/oversattningar",
    "/admin/omraden",
    "/admin/yrken",
    "/admin/anordnare",
    "/admin/arbetsgivare",
    "/admin/stadsdelar",
}
DAYS, MAILINGS = "/admin/rekryteringstraffar", "/admin/utskick"
CARDS = {
    "editor": EDITING | {DAYS},
    "contact_officer": {DAYS, MAILINGS, "/admin/samtycken"},
    "administrator": {DAYS, MAILINGS, "/admin/anvandare", "/admin/logg"},
}
SAYS = {
    "editor": ("Du redigerar utbildningar", "rekryteringsträffar"),
    "contact_officer": ("utskick", "rekryteringsträffar", "vem som kommer"),
    "administrator": ("personalkonton", "utskick", "rekryteringsträffar", "vem som kommer"),
}


def signed_in(client, role):
    user = make_user(f"{role}@stockholm.se", role, totp=role == "administrator")
    sign_in(client, user.email, code=totp_code(user) if role == "administrator" else None)
    return user


@pytest.mark.parametrize("role", list(CARDS))
def test_each_role_gets_a_card_for_every_section_it_may_open_and_no_other(client, session, role):
    signed_in(client, role)
    soup = page(client.get("/admin/"))
    cards = {a["href"] for a in soup.select(".card-list .card h2 a")}
    assert cards == CARDS[role]
    for href in cards:
        assert client.get(href).status_code == 200, f"{role} has a card for {href}"
    summary = text_of(soup, ".role-summary")
    for words in SAYS[role]:
        assert words in summary, (role, words)


def test_a_recruitment_day_card_says_what_each_role_does_there(client, session):
    signed_in(client, "editor")
    card = page(client.get("/admin/")).select_one(f'.card:has(a[href="{DAYS}"])')
    assert "Planera rekryteringsträffar" in card.get_text()
    assert "Bjud in" not in card.get_text()


def test_someone_with_two_roles_reads_both(client, session):
    user = make_user("both@stockholm.se", "editor", "contact_officer")
    sign_in(client, user.email)
    soup = page(client.get("/admin/"))
    assert {a["href"] for a in soup.select(".card-list .card h2 a")} == (
        CARDS["editor"] | CARDS["contact_officer"]
    )
    card = soup.select_one(f'.card:has(a[href="{DAYS}"])').get_text()
    assert "Planera rekryteringsträffar" in card and "Bjud in" in card
    assert len(soup.select(".role-summary dt")) == 2
