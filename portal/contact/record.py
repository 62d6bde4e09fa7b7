"""A person's data download (GDPR art. 15 and 20), with a machine-readable consent record per
purpose following ISO/IEC TS 27560:2023, expressed in the W3C Data Privacy Vocabulary (DPV 2)
as JSON-LD: controller, data subject (by a pseudonymous id), purpose, the exact notice text and
its SHA-256, legal basis, personal data, processing, status, duration and history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from portal import clock
from portal.contact import districts, privacy, texts
from portal.extensions import db
from portal.mailings.delivery import received as mailings_received
from portal.models.contact import Consent, ConsentEvent, Contact, EventKind, Purpose
from portal.urls import public_url

STANDARD = "ISO/IEC TS 27560:2023"
CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "loc": "https://w3id.org/dpv/loc#",
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
# The consent status each of our events leaves behind (a sign-up waits for the e-mail link).
EVENT_STATUS = {
    EventKind.GIVEN: "dpv:ConsentRequested",
    EventKind.CONFIRMED: "dpv:ConsentGiven",
    EventKind.RENEWED: "dpv:ConsentGiven",
    EventKind.WITHDRAWN: "dpv:ConsentWithdrawn",
    EventKind.EXPIRED: "dpv:ConsentExpired",
}
# The rights the notice names: withdraw (7(3)), access, rectification, erasure, portability,
# and complaint to the supervisory authority.
RIGHTS = ["A7-3", "A15", "A16", "A17", "A20", "A77"]
URN = "urn:stockholm:utbildningsvagar"


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment else None


def _datetime(moment: datetime | None) -> dict | None:
    return {"@type": "xsd:dateTime", "@value": iso(moment)} if moment else None


def status(consent: Consent, now: datetime) -> str:
    if consent.withdrawn_at is not None:
        return "dpv:ConsentWithdrawn"
    if consent.confirmed_at is None:
        return "dpv:ConsentRequested"
    if not consent.is_active(now):
        return "dpv:ConsentExpired"
    return "dpv:ConsentGiven"


def _personal_data(contact: Contact, purpose: str) -> list[dict]:
    data = ["pd:EmailAddress", "pd:Language", "pd:Interest"]
    if contact.districts:  # where they would like to work
        data.append("pd:Preference")
    if contact.name:
        data.insert(1, "pd:Name")
    if purpose == Purpose.SMS_REMINDERS:
        data.insert(1, "pd:TelephoneNumber")
    return [{"@id": term} for term in data]


def _parties() -> list[dict]:
    who = privacy.controller()
    return [
        {
            "@id": f"{URN}:controller",
            "@type": ["dpv:DataController", "dpv:LegalEntity"],
            "dpv:hasName": who.name,
            "dpv:hasContact": [who.phone_uri, who.website, who.privacy_page],
            "dpv:hasDataProtectionOfficer": {"@id": f"{URN}:dpo"},
        },
        {
            "@id": f"{URN}:dpo",
            "@type": "dpv:DataProtectionOfficer",
            "dpv:hasContact": f"mailto:{who.dpo_email}",
        },
        {
            "@id": f"{URN}:imy",
            "@type": "dpv:DataProtectionAuthority",
            "dpv:hasName": "Integritetsskyddsmyndigheten (IMY)",
            "dpv:hasContact": privacy.IMY_URL,
        },
    ]


def consent_record(contact: Contact, events: list[ConsentEvent]) -> dict:
    """One ConsentRecord per purpose the person has given, in one JSON-LD graph."""
    now = clock.now()
    months = texts.consent_months()
    manage = public_url("contact.manage_request", lang_code=contact.locale)
    records = []
    for consent in contact.consents:
        text = consent.consent_text
        history = [e for e in events if e.purpose == consent.purpose and e.kind in EVENT_STATUS]
        records.append(
            {
                "@id": f"{URN}:record:{contact.public_id}:{consent.purpose}",
                "@type": "dpv:ConsentRecord",
                "dct:identifier": f"{contact.public_id}:{consent.purpose}",
                "dct:conformsTo": STANDARD,
                "dct:created": _datetime(consent.given_at),
                "dpv:hasDataSubject": {
                    "@id": f"{URN}:person:{contact.public_id}",
                    "@type": "dpv:DataSubject",
                },
                "dpv:hasDataController": {"@id": f"{URN}:controller"},
                "dpv:hasAuthority": {"@id": f"{URN}:imy"},
                "dpv:hasConsentStatus": {"@id": status(consent, now)},
                "dpv:hasPurpose": {
                    "@type": "dpv:Purpose",
                    "dct:identifier": consent.purpose,
                    "dct:title": str(texts.PURPOSE_TITLES[Purpose(consent.purpose)]),
                },
                "dpv:hasNotice": {
                    "@type": "dpv:ConsentNotice",
                    "dct:description": text.text,
                    "dct:language": text.locale,
                    "dct:hasVersion": str(text.version),
                    "dct:identifier": f"sha256:{text.sha256}",
                },
                "dpv:hasLegalBasis": {"@id": privacy.LEGAL_BASIS},
                "dpv:hasJurisdiction": {"@id": "loc:SE"},
                "dpv:hasPersonalData": _personal_data(contact, consent.purpose),
                "dpv:hasProcessing": [
                    {"@id": "dpv:Collect"},
                    {"@id": "dpv:Store"},
                    {"@id": "dpv:Use"},
                ],
                "dpv:hasDuration": {"@type": "xsd:duration", "@value": f"P{months}M"},
                "dpv:hasRight": [{"@id": f"eu-gdpr:{right}"} for right in RIGHTS],
                "rdfs:seeAlso": manage,  # where to withdraw or change it
                "dct:valid": _datetime(consent.expires_at),
                "dct:hasPart": [
                    {
                        "dct:type": event.kind,
                        "dct:date": _datetime(event.occurred_at),
                        "dpv:hasConsentStatus": {"@id": EVENT_STATUS[EventKind(event.kind)]},
                    }
                    for event in history
                ],
            }
        )
    return {"@context": CONTEXT, "@graph": records + _parties()}


def export(contact: Contact) -> dict:
    """Everything stored about the person, consent history and consent record included."""
    events = list(
        db.session.scalars(
            select(ConsentEvent)
            .where(ConsentEvent.contact_id == contact.id)
            .order_by(ConsentEvent.occurred_at, ConsentEvent.id)
        )
    )
    names = districts.labels()
    return {
        "controller": privacy.controller().name,
        "contact": {
            "email": contact.email,
            "phone": contact.phone,
            "name": contact.name,
            "language": contact.locale,
            "background": contact.background,
            "interests": contact.interests,
            # Where in Stockholm they would like to work (empty: anywhere), slug and name.
            "districts": [
                {"slug": slug, "name": names.get(slug, slug)} for slug in contact.districts or []
            ],
            "registered_at": iso(contact.created_at),
            "details_confirmed_at": iso(contact.details_confirmed_at),
        },
        "consents": [
            {
                "purpose": c.purpose,
                "wording": c.consent_text.text,
                "wording_version": c.consent_text.version,
                "wording_sha256": c.consent_text.sha256,
                "wording_language": c.locale,
                "channel": c.channel,
                "given_at": iso(c.given_at),
                "confirmed_at": iso(c.confirmed_at),
                "expires_at": iso(c.expires_at),
                "withdrawn_at": iso(c.withdrawn_at),
            }
            for c in contact.consents
        ],
        "pending_changes": [
            {
                "fields": sorted(change.details),
                "purposes": sorted(change.purposes),
                "requested_at": iso(change.created_at),
            }
            for change in contact.changes
            if change.applied_at is None
        ],
        "history": [
            {"purpose": e.purpose, "event": e.kind, "at": iso(e.occurred_at)} for e in events
        ],
        "consent_record": consent_record(contact, events),
        "mailings_received": mailings_received(contact.id),
    }
