"""The consent receipt mailed on confirmation, and the ISO/IEC TS 27560 consent record (W3C DPV,
JSON-LD) in the data download, checked field by field (issue 10, point 2)."""

import hashlib
import json

from flask_babel import force_locale, format_date, format_datetime
from sqlalchemy import select

from portal.contact import tokens
from portal.extensions import db
from portal.models.contact import Contact
from tests.contact_helpers import links_in, path_of, sign_up, submit, submit_form

ADDRESS = "receipt@example.org"


def contact():
    db.session.expire_all()
    return db.session.scalar(select(Contact).where(Contact.email == ADDRESS))


def confirm(client, message):
    link = path_of(next(link for link in links_in(message) if "/bekrafta/" in link))
    return submit(client, link, client.get(link).get_data(as_text=True))


def test_confirming_mails_a_receipt_with_every_fact_of_the_consent(app, client, session, smtp):
    sign_up(
        client,
        lang="en",
        email=ADDRESS,
        purposes=("education_info", "sms_reminders"),
        phone="070-123 45 67",
        name="Anna",
    )
    confirm(client, smtp.messages[0])
    receipt = smtp.messages[-1]
    assert receipt["Subject"] == "Receipt: what you have agreed to"
    assert receipt["To"] == ADDRESS
    body = receipt.get_body(("plain",)).get_content()
    html = receipt.get_body(("html",)).get_content()

    assert body.startswith("Hello Anna,")  # confirmed now, so the name may be used
    assert "Who is responsible: Arbetsmarknadsnämnden, Stockholms stad" in body
    assert "Telephone: 08-508 00 508" in body
    assert "Data protection officer: dataskyddsombud.amf@stockholm.se" in body
    assert "Legal basis: your consent (GDPR article 6(1)(a))" in body
    person = contact()
    with app.test_request_context(), force_locale("en"):
        for consent in person.consents:
            text = consent.consent_text
            assert hashlib.sha256(text.text.encode()).hexdigest() == text.sha256
            assert f'"{text.text}"' in body
            assert f"SHA-256 of the wording: {text.sha256}" in body and text.sha256 in html
            given = format_datetime(consent.given_at, "d MMMM y HH:mm")
            confirmed = format_datetime(consent.confirmed_at, "d MMMM y HH:mm")
            assert f"Given: {given}" in body and f"Confirmed: {confirmed}" in body
            assert f"Ends: {format_date(consent.expires_at, 'd MMMM y')}" in body
    for title in ("Information about adult education", "Text message reminders"):
        assert f"== {title}" in body
    # How to withdraw: the manage page and the one-click withdraw link.
    links = links_in(receipt)
    assert any("/en/kontakt/hantera/" in link for link in links)
    assert any("/en/kontakt/aterkalla/" in link for link in links)
    assert receipt["List-Unsubscribe"].startswith("<http")


def test_no_receipt_when_a_link_confirms_nothing_new(client, session, smtp):
    sign_up(client, lang="en", email=ADDRESS)
    link = path_of(links_in(smtp.messages[0])[0])
    html = client.get(link).get_data(as_text=True)
    submit(client, link, html)
    assert submit(client, link, html).status_code == 303  # the same button again
    subjects = [m["Subject"] for m in smtp.messages]
    assert subjects.count("Receipt: what you have agreed to") == 1


def download(client, person):
    with client.application.test_request_context():
        token = tokens.make("manage", person.public_id)
    response = client.get(f"/en/kontakt/hantera/{token}/mina-uppgifter.json")
    assert response.status_code == 200
    return token, json.loads(response.get_data())


def test_the_download_holds_an_iso_27560_consent_record_in_dpv_json_ld(client, session, smtp):
    sign_up(
        client,
        lang="sv",
        email=ADDRESS,
        purposes=("newsletter", "sms_reminders"),
        phone="0701234567",
        language="en",
    )
    confirm(client, smtp.messages[0])
    person = contact()
    token, _ = download(client, person)
    html = client.get(f"/en/kontakt/hantera/{token}").get_data(as_text=True)
    submit_form(client, f"/en/kontakt/hantera/{token}", html, "withdraw", purpose="newsletter")
    person = contact()
    _, data = download(client, person)

    record = data["consent_record"]
    assert record["@context"]["dpv"] == "https://w3id.org/dpv#"
    assert record["@context"]["pd"] == "https://w3id.org/dpv/pd#"
    assert record["@context"]["eu-gdpr"] == "https://w3id.org/dpv/legal/eu/gdpr#"
    graph = {node["@id"]: node for node in record["@graph"]}
    records = [n for n in record["@graph"] if n["@type"] == "dpv:ConsentRecord"]
    assert len(records) == 2
    by_purpose = {r["dpv:hasPurpose"]["dct:identifier"]: r for r in records}
    consents = {c.purpose: c for c in person.consents}

    for purpose, node in by_purpose.items():
        consent, text = consents[purpose], consents[purpose].consent_text
        assert node["dct:conformsTo"] == "ISO/IEC TS 27560:2023"
        assert node["dct:identifier"] == f"{person.public_id}:{purpose}"
        subject = node["dpv:hasDataSubject"]
        assert subject["@type"] == "dpv:DataSubject" and subject["@id"].endswith(person.public_id)
        assert ADDRESS not in json.dumps(node)  # the record names the person by a pseudonym
        assert node["dpv:hasLegalBasis"] == {"@id": "eu-gdpr:A6-1-a"}
        assert node["dpv:hasJurisdiction"] == {"@id": "loc:SE"}
        assert node["dpv:hasDuration"] == {"@type": "xsd:duration", "@value": "P24M"}
        notice = node["dpv:hasNotice"]
        assert notice["dct:description"] == text.text and notice["dct:language"] == "sv"
        assert notice["dct:identifier"] == f"sha256:{text.sha256}"
        assert notice["dct:hasVersion"] == str(text.version)
        assert node["dct:created"]["@value"] == consent.given_at.isoformat(timespec="seconds") + "Z"
        assert node["dct:valid"]["@value"] == consent.expires_at.isoformat(timespec="seconds") + "Z"
        assert {"@id": "eu-gdpr:A7-3"} in node["dpv:hasRight"]
        assert {"@id": "eu-gdpr:A77"} in node["dpv:hasRight"]
        assert node["rdfs:seeAlso"].endswith("/en/kontakt/hantera")
        controller = graph[node["dpv:hasDataController"]["@id"]]
        assert controller["dpv:hasName"] == "Arbetsmarknadsnämnden, Stockholms stad"
        assert "tel:+46850800508" in controller["dpv:hasContact"]
        dpo = graph[controller["dpv:hasDataProtectionOfficer"]["@id"]]
        assert dpo["dpv:hasContact"] == "mailto:dataskyddsombud.amf@stockholm.se"
        assert graph[node["dpv:hasAuthority"]["@id"]]["@type"] == "dpv:DataProtectionAuthority"

    assert by_purpose["newsletter"]["dpv:hasConsentStatus"] == {"@id": "dpv:ConsentWithdrawn"}
    assert by_purpose["sms_reminders"]["dpv:hasConsentStatus"] == {"@id": "dpv:ConsentGiven"}
    sms_data = [d["@id"] for d in by_purpose["sms_reminders"]["dpv:hasPersonalData"]]
    news_data = [d["@id"] for d in by_purpose["newsletter"]["dpv:hasPersonalData"]]
    assert "pd:TelephoneNumber" in sms_data and "pd:TelephoneNumber" not in news_data
    assert "pd:EmailAddress" in news_data
    history = [
        (part["dct:type"], part["dpv:hasConsentStatus"]["@id"])
        for part in by_purpose["newsletter"]["dct:hasPart"]
    ]
    assert history == [
        ("given", "dpv:ConsentRequested"),
        ("confirmed", "dpv:ConsentGiven"),
        ("withdrawn", "dpv:ConsentWithdrawn"),
    ]
