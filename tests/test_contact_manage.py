"""The manage page keeps its promise: people correct their details, change their address (the
new address confirms), give a withdrawn purpose again (confirmed by mail), and every change ends
with a message a screen reader announces (issue 10, point 3); and the privacy notice on the
contact pages is complete in every locale (point 4)."""

import pytest
from sqlalchemy import select

from portal.contact import tokens
from portal.extensions import db
from portal.i18n import LOCALES
from portal.models.contact import Contact
from tests.contact_helpers import links_in, path_of, sign_up, submit, submit_form
from tests.helpers import page, text_of

ADDRESS = "anna@example.org"


def stored(email=ADDRESS):
    db.session.expire_all()
    return db.session.scalar(select(Contact).where(Contact.email == email))


def confirm_link(message):
    return path_of(next(link for link in links_in(message) if "/bekrafta/" in link))


def registered(client, smtp, **kwargs) -> str:
    """Sign up and confirm; returns the manage page's URL."""
    sign_up(client, lang="en", email=ADDRESS, **kwargs)
    link = confirm_link(smtp.messages[0])
    done = submit(client, link, client.get(link).get_data(as_text=True))
    return done.headers["Location"].split("?")[0]


def act(client, url, action, **fields):
    return submit_form(client, url, client.get(url).get_data(as_text=True), action, **fields)


def announced(client, response) -> str:
    assert response.status_code == 303
    soup = page(client.get(response.headers["Location"]))
    status = soup.select_one('[role="status"]')
    assert status is not None and status.has_attr("data-focus-on-load")
    return " ".join(status.get_text().split())


def test_people_correct_name_phone_interests_and_language(client, session, smtp):
    url = registered(client, smtp, purposes=("sms_reminders",), phone="0701234567", name="Ana")
    response = act(
        client,
        url,
        "details",
        **{
            "uppgifter-name": "Anna  Lind",
            "uppgifter-phone": "073-123 45 67",
            "uppgifter-interests": ["childcare", "swedish"],
            "uppgifter-language": "fi",
        },
    )
    assert announced(client, response) == "Your details are saved."
    person = stored()
    assert (person.name, person.phone, person.locale) == ("Anna Lind", "+46731234567", "fi")
    assert person.interests == ["childcare", "swedish"]


def test_a_wrong_phone_number_is_explained_and_nothing_is_lost(client, session, smtp):
    url = registered(client, smtp, purposes=("sms_reminders",), phone="0701234567")
    response = act(client, url, "details", **{"uppgifter-phone": "12345"})
    soup = page(response, status=422)
    assert soup.title.get_text().startswith("Error: ")
    assert "Enter a mobile number" in text_of(soup, ".error-summary")
    assert soup.select_one("#uppgifter-phone")["aria-invalid"] == "true"
    assert stored().phone == "+46701234567"


def test_the_phone_field_is_only_there_for_text_messages(client, session, smtp):
    url = registered(client, smtp, purposes=("newsletter",))
    assert page(client.get(url)).select_one("#uppgifter-phone") is None


def test_a_new_address_is_used_only_once_its_owner_confirms(client, session, smtp):
    url = registered(client, smtp)
    response = act(client, url, "email", **{"epost-email": "Anna.Lind@Example.org"})
    assert "We have sent a link to the new address" in announced(client, response)
    message = smtp.messages[-1]
    assert message["To"] == "anna.lind@example.org"
    assert message["Subject"] == "Confirm your new e-mail address"
    assert stored() is not None  # the old address still in use

    link = confirm_link(message)
    soup = page(client.get(link))
    changes = text_of(soup, ".change-list")
    assert ADDRESS in changes and "anna.lind@example.org" in changes
    done = submit(client, link, client.get(link).get_data(as_text=True))
    assert announced(client, done) == "Your details are saved."
    assert stored() is None and stored("anna.lind@example.org") is not None


def test_an_address_already_registered_cannot_be_taken_over(client, session, smtp):
    url = registered(client, smtp)
    sign_up(client, lang="en", email="other@example.org")
    act(client, url, "email", **{"epost-email": "other@example.org"})
    link = confirm_link(smtp.messages[-1])
    soup = page(client.get(link))
    assert "already registered" in soup.get_text() and not soup.select("main form")
    assert stored() is not None


def test_the_same_address_again_is_refused_with_a_message(client, session, smtp):
    url = registered(client, smtp)
    soup = page(act(client, url, "email", **{"epost-email": ADDRESS}), status=422)
    assert "This is the address we already use." in text_of(soup, ".error-summary")


def test_a_withdrawn_purpose_is_given_again_through_a_confirmation_mail(client, session, smtp):
    url = registered(client, smtp, purposes=("education_info", "newsletter"))
    withdrawn = act(client, url, "withdraw", purpose="newsletter")
    assert announced(client, withdrawn) == "Withdrawn. We will not contact you about that any more."
    soup = page(client.get(url))
    offered = [box["value"] for box in soup.select('input[name="samtycke-purposes"]')]
    assert "newsletter" in offered and "education_info" not in offered

    smtp.messages.clear()
    response = act(client, url, "give", **{"samtycke-purposes": "newsletter"})
    assert "We have sent you an e-mail" in announced(client, response)
    newsletter = next(c for c in stored().consents if c.purpose == "newsletter")
    assert newsletter.withdrawn_at is None and newsletter.confirmed_at is None
    (message,) = smtp.messages
    assert message["Subject"] == "Confirm that we may contact you"
    link = confirm_link(message)
    submit(client, link, client.get(link).get_data(as_text=True))
    newsletter = next(c for c in stored().consents if c.purpose == "newsletter")
    assert newsletter.confirmed_at is not None


def test_giving_text_messages_again_needs_a_mobile_number(client, session, smtp):
    url = registered(client, smtp, purposes=("newsletter",))
    soup = page(act(client, url, "give", **{"samtycke-purposes": "sms_reminders"}), status=422)
    assert "Enter your mobile number" in text_of(soup, ".error-summary")
    act(
        client,
        url,
        "give",
        **{"samtycke-purposes": "sms_reminders", "samtycke-phone": "070 123 45 67"},
    )
    link = confirm_link(smtp.messages[-1])
    submit(client, link, client.get(link).get_data(as_text=True))
    assert stored().phone == "+46701234567"


def test_withdrawing_text_messages_deletes_the_number(client, session, smtp):
    url = registered(client, smtp, purposes=("newsletter", "sms_reminders"), phone="0701234567")
    act(client, url, "withdraw", purpose="sms_reminders")
    assert stored().phone is None


def test_an_expired_manage_link_shows_the_invalid_link_page(client, session, smtp):
    registered(client, smtp)
    with client.application.test_request_context():
        forged = tokens.make("confirm", stored().public_id)  # a confirm token, not a manage one
    page(client.get(f"/en/kontakt/hantera/{forged}"), status=404)


@pytest.mark.parametrize("lang", list(LOCALES))
def test_the_privacy_notice_is_complete_in_every_locale(app, client, session, lang, monkeypatch):
    monkeypatch.setitem(app.config, "CONSENT_MONTHS", 18)
    for url in (f"/{lang}/kontakt", f"/{lang}/kontakt/hantera"):
        notice = page(client.get(url)).select_one(".privacy-notice")
        text = " ".join(notice.get_text(" ").split())
        assert len(notice.select("h3")) == 8
        assert "Arbetsmarknadsnämnden" in text and "08-508 00 508" in text
        assert notice.select_one('a[href="mailto:dataskyddsombud.amf@stockholm.se"]')
        assert notice.select_one('a[href="https://www.imy.se/"]')
        assert "6(1)(a)" in text
        for number in ("18", "30", "7"):  # consent months, renewal notice, days to confirm
            assert f"{number} " in text or f" {number}" in text, (lang, number)
