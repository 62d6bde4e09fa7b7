"""Signing up again with an address that is already registered: the stored details change only
when the owner of the address confirms that very change, after seeing it (issue 17, item 4)."""

from sqlalchemy import select

from portal.extensions import db
from portal.models.contact import Contact
from tests.contact_helpers import links_in, path_of, sign_up, submit
from tests.helpers import page, text_of

OWNER = "owner@example.org"


def stored(email=OWNER) -> Contact:
    db.session.expire_all()
    return db.session.scalar(select(Contact).where(Contact.email == email))


def confirm_link(message) -> str:
    return path_of(next(link for link in links_in(message) if "/bekrafta/" in link))


def press_confirm(client, path):
    return submit(client, path, client.get(path).get_data(as_text=True))


def test_a_strangers_sign_up_never_reaches_stored_details_through_an_old_link(
    client, session, smtp
):
    sign_up(client, lang="en", email=OWNER, name="Anna", language="sv")
    first_link = confirm_link(smtp.messages[0])
    old_tab = client.get(first_link).get_data(as_text=True)
    submit(client, first_link, old_tab)
    assert (stored().name, stored().locale) == ("Anna", "sv")

    # Someone else signs up with Anna's address and their own name and language.
    sign_up(client, lang="en", email=OWNER, name="Mallory", language="ar")
    assert (stored().name, stored().locale) == ("Anna", "sv")

    # Anna's old link, already used, offers nothing, and pressing its old button again
    # must not apply what the stranger sent.
    again = page(client.get(first_link))
    assert not again.select("main form") and "Inget har ändrats." in again.get_text()  # sv mail
    assert submit(client, first_link, old_tab).status_code == 303
    assert (stored().name, stored().locale) == ("Anna", "sv")


def test_an_older_unused_link_never_applies_newer_data(client, session, smtp):
    sign_up(client, lang="en", email=OWNER, name="Anna")
    first_link = confirm_link(smtp.messages[0])
    sign_up(client, lang="en", email=OWNER, name="Mallory")
    press_confirm(client, first_link)
    assert stored().name == "Anna"
    assert all(c.confirmed_at for c in stored().consents)  # the owner's own consent holds


def test_the_link_for_a_change_shows_the_change_and_only_then_applies_it(client, session, smtp):
    sign_up(client, lang="en", email=OWNER, name="Anna", language="en")
    press_confirm(client, confirm_link(smtp.messages[0]))
    sign_up(client, lang="en", email=OWNER, name="Anna Berg", language="fi")
    change_link = confirm_link(smtp.messages[-1])

    soup = page(client.get(change_link))
    changes = text_of(soup, ".change-list")
    assert "Anna" in changes and "Anna Berg" in changes
    assert "English" in changes and "Suomi" in changes
    assert stored().name == "Anna"  # looking is not confirming

    press_confirm(client, change_link)
    assert (stored().name, stored().locale) == ("Anna Berg", "fi")


def test_a_link_for_an_older_change_cannot_undo_a_newer_confirmed_one(client, session, smtp):
    sign_up(client, lang="en", email=OWNER, name="Anna")
    press_confirm(client, confirm_link(smtp.messages[0]))
    sign_up(client, lang="en", email=OWNER, name="Anna Berg")
    older = confirm_link(smtp.messages[-1])
    older_tab = client.get(older).get_data(as_text=True)
    sign_up(client, lang="en", email=OWNER, name="Anna Lind")
    press_confirm(client, confirm_link(smtp.messages[-1]))
    assert stored().name == "Anna Lind"
    submit(client, older, older_tab)
    assert stored().name == "Anna Lind"


def test_the_confirmation_mail_does_not_greet_with_an_unconfirmed_name(client, session, smtp):
    sign_up(client, lang="en", email=OWNER, name="Anna")
    first = smtp.messages[0].get_body(("plain",)).get_content()
    assert first.startswith("Hello,") and "Anna" not in first
    press_confirm(client, confirm_link(smtp.messages[0]))
    sign_up(client, lang="en", email=OWNER, name="Visit evil.example now")
    second = smtp.messages[-1].get_body(("plain",)).get_content()
    assert second.startswith("Hello Anna,")
    # The stranger's text appears only as a proposed change on the confirm page, not in mail.
    assert "evil.example" not in second


def test_every_way_a_number_is_stored_keeps_it_in_e164(client, session, smtp):
    """Sign-up, and a change confirmed through its link, store the number in E.164 whatever
    way it was typed (phonenumbers); the model refuses anything else."""
    import pytest

    sign_up(client, lang="en", email=OWNER, purposes=("sms_reminders",), phone="+358 40 123 4567")
    assert stored().phone == "+358401234567"  # a Finnish mobile number, as typed with +358
    press_confirm(client, confirm_link(smtp.messages[0]))
    sign_up(client, lang="en", email=OWNER, purposes=("sms_reminders",), phone="0046 73-123 45 67")
    press_confirm(client, confirm_link(smtp.messages[-1]))
    assert stored().phone == "+46731234567"
    with pytest.raises(ValueError, match="E.164"):
        stored().phone = "073-123 45 67"
