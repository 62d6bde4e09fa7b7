import json
import logging
from datetime import timedelta

import pytest
from sqlalchemy import func, inspect, select, text

from portal import clock
from portal.contact import tokens
from portal.contact.stats import aggregate_counts, contacts_for_purpose
from portal.extensions import db
from portal.models.contact import Consent, ConsentEvent, ConsentText, Contact, OutboxMessage
from tests.contact_helpers import form_fields, links_in, path_of, sign_up, submit, submit_form
from tests.helpers import HTMX, fragment, page, text_of

ADDRESS = "anna.andersson@example.org"


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def contact_by_email(email=ADDRESS):
    return db.session.scalar(select(Contact).where(Contact.email == email))


def test_contact_page_explains_in_plain_language(client, session):
    soup = page(client.get("/sv/kontakt"))
    aside = text_of(soup, ".contact-layout__facts")
    assert "Arbetsmarknadsförvaltningen" in aside
    assert "inte ditt personnummer" in aside and "inte din IP-adress" in aside
    assert "24 månader" in aside
    assert soup.select_one('#signup form input[name="csrf_token"]')
    assert not soup.select('input[name^="purpose_"]')  # purposes come in step 2


@pytest.mark.parametrize(
    ("lang", "subject", "confirmed_text"),
    [
        ("sv", "Bekräfta att vi får kontakta dig", "Tack. Ditt samtycke är bekräftat."),
        ("en", "Confirm that we may contact you", "Thank you. Your consent is confirmed."),
    ],
)
def test_whole_path_signup_confirm_manage_withdraw(
    client, session, smtp, caplog, lang, subject, confirmed_text
):
    caplog.set_level(logging.DEBUG)
    response = sign_up(client, lang=lang, email=ADDRESS, purposes=("education_info", "newsletter"))
    assert response.status_code == 303
    assert response.headers["Location"] == f"/{lang}/kontakt/tack"
    page(client.get(response.headers["Location"]))

    # Stored but not confirmed; the mail arrived over SMTP in the person's language.
    contact = contact_by_email()
    assert [c.confirmed_at for c in contact.consents] == [None, None]
    (message,) = smtp.messages
    assert message["To"] == ADDRESS and message["Subject"] == subject
    assert message.get_body(("html",)) is not None
    assert message["List-Unsubscribe"].startswith("<http")
    confirm_url, withdraw_url = links_in(message)[:2]

    # Confirming: the link shows a page, the button confirms (mail scanners only GET).
    page(client.get(path_of(confirm_url)))
    assert contact_by_email().consents[0].confirmed_at is None
    html = client.get(path_of(confirm_url)).get_data(as_text=True)
    done = submit(client, path_of(confirm_url), html)
    assert done.status_code == 303
    again = submit(client, path_of(confirm_url), html)  # confirming twice is harmless
    assert again.status_code == 303
    db.session.expire_all()
    consents = contact_by_email().consents
    assert all(c.confirmed_at for c in consents)
    expires = consents[0].expires_at - consents[0].confirmed_at
    assert timedelta(days=725) <= expires <= timedelta(days=735)

    manage_path = done.headers["Location"]
    manage = page(client.get(manage_path))
    assert confirmed_text in manage.get_text()

    # Withdraw one purpose: the other stays.
    manage_html = client.get(manage_path).get_data(as_text=True)
    withdraw_one = client.post(
        manage_path.split("?")[0],
        data={
            "csrf_token": form_fields(manage_html)["csrf_token"][0],
            "action": "withdraw",
            "purpose": "newsletter",
        },
    )
    assert withdraw_one.status_code == 303
    db.session.expire_all()
    active = [c.purpose for c in contact_by_email().consents if c.withdrawn_at is None]
    assert active == ["education_info"]

    # Download everything, consent history included.
    download = client.get(manage_path.split("?")[0] + "/mina-uppgifter.json")
    assert download.headers["Content-Disposition"].startswith("attachment")
    data = json.loads(download.get_data())
    assert data["contact"]["email"] == ADDRESS
    assert {c["purpose"] for c in data["consents"]} == {"education_info", "newsletter"}
    assert all(len(c["wording_sha256"]) == 64 for c in data["consents"])
    assert [e["event"] for e in data["history"]].count("withdrawn") == 1

    # The withdraw link in the e-mail: one click to the page, one to confirm. All is deleted.
    withdraw_page = client.get(path_of(withdraw_url))
    page(withdraw_page)
    gone = submit(client, path_of(withdraw_url), withdraw_page.get_data(as_text=True))
    assert gone.headers["Location"] == f"/{lang}/kontakt/aterkallat?alla=1"
    db.session.expire_all()
    assert_address_nowhere(ADDRESS)
    assert count(Contact) == 0 and count(Consent) == 0
    anonymous = db.session.scalars(select(ConsentEvent)).all()
    assert anonymous and all(e.contact_id is None for e in anonymous)
    # Every logger at DEBUG, except "mail.log": the test's SMTP server, i.e. the recipient.
    leaked = {r.name for r in caplog.records if ADDRESS in r.getMessage() and r.name != "mail.log"}
    assert not leaked, leaked


def assert_address_nowhere(address):
    """The address is in no column of any table."""
    inspector = inspect(db.engine)
    for table in inspector.get_table_names():
        columns = [c["name"] for c in inspector.get_columns(table)]
        for row in db.session.execute(text(f'SELECT * FROM "{table}"')):  # noqa: S608
            for column, value in zip(columns, row, strict=True):
                assert address not in str(value), f"{table}.{column} still holds the address"


def test_step_errors_are_shown_in_the_readers_language_and_nothing_is_stored(client, session):
    html = client.get("/sv/kontakt").get_data(as_text=True)
    response = submit(client, "/sv/kontakt", html, action="next")  # no background chosen
    soup = page(response, status=422)
    assert soup.title.get_text().startswith("Fel: ")
    summary = soup.select_one(".error-summary")
    assert text_of(summary, "h2") == "Det finns ett problem"
    link = summary.select_one("a")
    assert link["href"] == "#background-0"
    assert soup.select_one(link["href"]) is not None
    assert "Välj det alternativ som passar dig bäst." in soup.select_one(".field-error").get_text()
    assert count(Contact) == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "not-an-address"}, "Enter an e-mail address in the right format"),
        ({"email": ""}, "Enter your e-mail address."),
        ({"phone": "12345"}, "Enter a mobile number"),
    ],
)
def test_invalid_contact_details_are_refused(client, session, fields, message):
    url = "/en/kontakt"
    step2 = submit(
        client, url, client.get(url).get_data(as_text=True), background="other", action="next"
    )
    step3 = submit(
        client,
        url,
        step2.get_data(as_text=True),
        action="next",
        purpose_job_invitations="y",
        purpose_sms_reminders="y",
    )
    values = {"email": "ok@example.org", "phone": "070-123 45 67", **fields}
    response = submit(client, url, step3.get_data(as_text=True), action="next", **values)
    soup = page(response, status=422)
    assert message in text_of(soup, ".error-summary")
    assert count(Contact) == 0


def test_no_purpose_ticked_is_refused(client, session):
    url = "/en/kontakt"
    step2 = submit(
        client, url, client.get(url).get_data(as_text=True), background="other", action="next"
    )
    response = submit(client, url, step2.get_data(as_text=True), action="next")
    soup = page(response, status=422)
    assert "Choose at least one thing we may contact you about." in text_of(soup, ".error-summary")


def test_phone_is_only_kept_for_the_sms_purpose(client, session, smtp):
    sign_up(
        client,
        lang="en",
        email="sms@example.org",
        purposes=("sms_reminders",),
        phone="070-123 45 67",
    )
    assert contact_by_email("sms@example.org").phone == "+46701234567"
    sign_up(client, lang="en", email="nosms@example.org", purposes=("newsletter",))
    assert contact_by_email("nosms@example.org").phone is None


def test_filled_honeypot_stores_nothing(client, session, smtp):
    url = "/en/kontakt"
    html = client.get(url).get_data(as_text=True)
    step2 = submit(client, url, html, background="other", action="next")
    step3 = submit(client, url, step2.get_data(as_text=True), action="next", purpose_newsletter="y")
    step4 = submit(
        client, url, step3.get_data(as_text=True), action="next", email="bot@example.org"
    )
    response = submit(
        client, url, step4.get_data(as_text=True), action="next", website="http://spam.example"
    )
    assert response.status_code == 422
    assert count(Contact) == 0 and not smtp.messages


def test_double_submit_and_signing_up_again_keep_one_person(client, session, smtp):
    url = "/en/kontakt"
    html = client.get(url).get_data(as_text=True)
    step2 = submit(client, url, html, background="other", action="next")
    step3 = submit(client, url, step2.get_data(as_text=True), action="next", purpose_newsletter="y")
    step4 = submit(client, url, step3.get_data(as_text=True), action="next", email=ADDRESS)
    final = step4.get_data(as_text=True)
    assert submit(client, url, final, action="next").status_code == 303
    assert submit(client, url, final, action="next").status_code == 303
    assert count(Contact) == 1 and count(Consent) == 1
    sign_up(client, lang="en", email=ADDRESS.upper(), purposes=("job_invitations",))
    assert count(Contact) == 1
    assert {c.purpose for c in contact_by_email().consents} == {"newsletter", "job_invitations"}


def test_sign_up_again_cannot_change_details_until_confirmed(client, session, smtp):
    sign_up(client, lang="en", email=ADDRESS, name="Anna")
    sign_up(client, lang="en", email=ADDRESS, name="Someone else")
    assert contact_by_email().name == "Anna"
    confirm_url = links_in(smtp.messages[-1])[0]
    html = client.get(path_of(confirm_url)).get_data(as_text=True)
    submit(client, path_of(confirm_url), html)
    db.session.expire_all()
    assert contact_by_email().name == "Someone else"


@pytest.mark.parametrize("kind", ["bekrafta", "hantera", "aterkalla", "fornya"])
def test_tampered_links_change_nothing(client, session, smtp, kind):
    sign_up(client, lang="en", email=ADDRESS)
    response = client.get(f"/en/kontakt/{kind}/eyJwIjoiZmFrZSJ9.forged.signature")
    soup = page(response, status=404)
    assert text_of(soup, "h1") == "The link does not work"
    assert soup.select_one('a[href="/en/kontakt/hantera"]')
    assert contact_by_email().consents[0].confirmed_at is None


def test_expired_confirmation_link_changes_nothing(client, session, smtp, monkeypatch):
    import itsdangerous

    sign_up(client, lang="en", email=ADDRESS)
    confirm_path = path_of(links_in(smtp.messages[0])[0])
    real = itsdangerous.timed.TimestampSigner.get_timestamp
    monkeypatch.setattr(
        itsdangerous.timed.TimestampSigner, "get_timestamp", lambda self: real(self) + 8 * 24 * 3600
    )
    page(client.get(confirm_path), status=404)
    assert contact_by_email().consents[0].confirmed_at is None


def test_smtp_down_keeps_the_sign_up_and_loses_no_mail(app, client, session, smtp, monkeypatch):
    monkeypatch.setitem(app.config, "MAIL_PORT", 9)  # nothing listens there
    response = sign_up(client, lang="en", email=ADDRESS)
    assert response.headers["Location"] == "/en/kontakt/tack"
    page(client.get(response.headers["Location"]))
    result = app.test_cli_runner().invoke(args=["mail", "send-queued"])
    assert "Mail sent: 0; failed: 0; skipped: 0; still queued: 1." in result.output
    message = db.session.scalar(select(OutboxMessage))
    assert message.attempts == 1 and message.last_error == "ConnectionRefusedError"
    monkeypatch.setitem(app.config, "MAIL_PORT", smtp.port)  # the server is back
    monkeypatch.setattr(clock, "now", lambda: message.not_before + timedelta(seconds=1))
    result = app.test_cli_runner().invoke(args=["mail", "send-queued"])
    assert "Mail sent: 1; failed: 0; skipped: 0; still queued: 0." in result.output
    assert len(smtp.received) == 1 and count(OutboxMessage) == 0


def test_manage_link_request_answers_the_same_for_unknown_addresses(client, session, smtp):
    sign_up(client, lang="en", email=ADDRESS)
    smtp.messages.clear()
    connections = smtp.connections
    html = client.get("/en/kontakt/hantera").get_data(as_text=True)
    known = submit(client, "/en/kontakt/hantera", html, email=ADDRESS)
    unknown = submit(client, "/en/kontakt/hantera", html, email="nobody@example.org")
    assert (known.status_code, known.get_data()) == (unknown.status_code, unknown.get_data())
    assert known.headers["Location"] == unknown.headers["Location"] == "/en/kontakt/hantera/skickat"
    assert sorted(known.headers.keys()) == sorted(unknown.headers.keys())
    # The request only queued the same thing for both; no SMTP session was opened.
    assert smtp.connections == connections and not smtp.received
    queued = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [(m.kind, m.contact_id, m.text_body) for m in queued] == [("manage_link", None, "")] * 2
    (message,) = smtp.messages  # the sender mails the registered address only
    assert message["Subject"] == "Your link to see and change your consent"
    assert count(OutboxMessage) == 0
    page(client.get(path_of(links_in(message)[0])))


def test_one_click_unsubscribe_needs_no_csrf_token(client, session, smtp):
    sign_up(client, lang="en", email=ADDRESS)
    url = smtp.messages[0]["List-Unsubscribe"].strip("<>")
    response = client.post(path_of(url), data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 204
    assert contact_by_email() is None


def test_htmx_steps_are_fragments_and_the_last_step_redirects(client, session, smtp):
    response = sign_up(client, lang="en", email=ADDRESS, headers=HTMX)
    assert response.status_code == 200 and response.headers["HX-Redirect"].startswith(
        "/en/kontakt/tack"
    )
    html = client.get("/en/kontakt").get_data(as_text=True)
    error = submit(client, "/en/kontakt", html, action="next", headers=HTMX)
    soup = fragment(error, status=422)
    assert soup.select_one("#signup .error-summary")
    assert "no-store" in error.headers["Cache-Control"]


def test_final_step_is_rate_limited(client, session, smtp):
    statuses = [
        sign_up(client, lang="en", email=f"p{n}@example.org").status_code for n in range(11)
    ]
    assert statuses[:10] == [303] * 10 and statuses[10] == 429


def test_consent_text_versions(app, client, session, smtp, monkeypatch):
    sign_up(client, lang="en", email=ADDRESS)
    first = contact_by_email().consents[0].consent_text
    monkeypatch.setitem(app.config, "CONSENT_MONTHS", 12)  # the wording changes
    sign_up(client, lang="en", email="second@example.org")
    second = contact_by_email("second@example.org").consents[0].consent_text
    assert (first.version, second.version) == (1, 2)
    assert first.sha256 != second.sha256 and "12 months" in second.text
    assert contact_by_email().consents[0].consent_text_id == first.id
    assert count(ConsentText) == 2


def test_wording_changed_between_steps_is_shown_again(app, client, session, monkeypatch):
    url = "/en/kontakt"
    step2 = submit(
        client, url, client.get(url).get_data(as_text=True), background="other", action="next"
    )
    monkeypatch.setitem(app.config, "CONSENT_MONTHS", 6)
    response = submit(
        client, url, step2.get_data(as_text=True), action="next", purpose_newsletter="y"
    )
    soup = page(response, status=422)
    assert "6 months" in soup.select_one('label[for="purpose_newsletter"]').get_text()


def confirm_all(client, smtp):
    for message in list(smtp.messages):  # confirming adds a receipt to the inbox
        for link in links_in(message):
            if "/bekrafta/" in link:
                url = path_of(link)
                submit(client, url, client.get(url).get_data(as_text=True))


def test_purge_after_expiry_and_unconfirmed(app, client, session, smtp, monkeypatch):
    sign_up(client, lang="en", email=ADDRESS)
    confirm_all(client, smtp)
    sign_up(client, lang="en", email="never-confirmed@example.org")
    runner = app.test_cli_runner()
    assert "people deleted: 0" in runner.invoke(args=["consent", "purge"]).output

    later = clock.now() + timedelta(days=8)
    monkeypatch.setattr(clock, "now", lambda: later)
    output = runner.invoke(args=["consent", "purge"]).output
    assert "unconfirmed sign-ups removed: 1; people deleted: 1." in output
    assert contact_by_email() is not None

    much_later = clock.now() + timedelta(days=800)
    monkeypatch.setattr(clock, "now", lambda: much_later)
    output = runner.invoke(args=["consent", "purge"]).output
    assert "Consents expired: 1; unconfirmed sign-ups removed: 0; people deleted: 1." in output
    assert count(Contact) == 0
    assert "people deleted: 0" in runner.invoke(args=["consent", "purge"]).output  # idempotent
    db.session.expire_all()
    assert_address_nowhere(ADDRESS)


def test_renewal_reminder_and_renew(app, client, session, smtp, monkeypatch):
    sign_up(client, lang="en", email=ADDRESS)
    confirm_all(client, smtp)
    smtp.messages.clear()
    soon = clock.now() + timedelta(days=720)
    monkeypatch.setattr(clock, "now", lambda: soon)
    runner = app.test_cli_runner()
    assert "queued: 1" in runner.invoke(args=["consent", "remind"]).output
    assert "queued: 0" in runner.invoke(args=["consent", "remind"]).output  # only once
    (message,) = smtp.messages
    assert message["Subject"] == "Do you want us to keep contacting you?"
    renew_url = next(link for link in links_in(message) if "/fornya/" in link)
    assert renew_url.startswith(app.config["PUBLIC_BASE_URL"])
    html = client.get(path_of(renew_url)).get_data(as_text=True)
    submit(client, path_of(renew_url), html)
    db.session.expire_all()
    assert contact_by_email().consents[0].expires_at > soon + timedelta(days=700)


def test_manage_page_changes_language(client, session, smtp):
    sign_up(client, lang="en", email=ADDRESS)
    confirm_all(client, smtp)
    db.session.expire_all()
    with client.application.test_request_context():
        token = tokens.make("manage", contact_by_email().public_id)
    manage_url = f"/en/kontakt/hantera/{token}"
    html = client.get(manage_url).get_data(as_text=True)
    response = submit_form(client, manage_url, html, "details", **{"uppgifter-language": "fi"})
    assert response.status_code == 303
    db.session.expire_all()
    assert contact_by_email().locale == "fi"


def test_statistics_and_per_purpose_list_for_the_administration(app, client, session, smtp):
    sign_up(
        client,
        lang="en",
        email="a@example.org",
        purposes=("newsletter", "sms_reminders"),
        phone="0701234567",
    )
    sign_up(client, lang="sv", email="b@example.org", purposes=("newsletter",))
    confirm_all(client, smtp)
    sign_up(client, lang="sv", email="unconfirmed@example.org", purposes=("newsletter",))
    counts = aggregate_counts()
    assert counts["purpose"] == {"newsletter": 2, "sms_reminders": 1}
    assert counts["language"] == {"en": 2, "sv": 1}
    assert counts["interest"] == {"elderly_care": 2}
    assert sum(counts["month"].values()) == 3
    with app.test_request_context():
        newsletter = contacts_for_purpose("newsletter")
        sms = contacts_for_purpose("sms_reminders")
    assert [r.email for r in newsletter] == ["a@example.org", "b@example.org"]
    assert all(r.phone is None for r in newsletter)  # the number only for the SMS purpose
    assert [(r.email, r.phone) for r in sms] == [("a@example.org", "+46701234567")]
    withdraw = path_of(newsletter[1].withdraw_url)
    page_html = client.get(withdraw).get_data(as_text=True)
    submit(client, withdraw, page_html)
    with app.test_request_context():
        assert [r.email for r in contacts_for_purpose("newsletter")] == ["a@example.org"]
