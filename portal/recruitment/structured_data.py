"""schema.org Event JSON-LD for a recruitment day, so search engines and calendars can show
when and where it is, who organises it and whether it is cancelled."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from portal.clock import STOCKHOLM
from portal.models.recruitment import RecruitmentDay
from portal.recruitment.messages import day_url

ORGANIZER = {
    "@type": "GovernmentOrganization",
    "name": "Stockholms stad",
    "url": "https://start.stockholm/",
}


def _moment(day: RecruitmentDay, at) -> str:
    return datetime.combine(day.day, at, tzinfo=STOCKHOLM).isoformat()


def event_json_ld(day: RecruitmentDay, locale: str) -> dict[str, Any]:
    text = day.text(locale)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": text.title,
        "startDate": _moment(day, day.starts_at),
        "endDate": _moment(day, day.ends_at),
        "eventStatus": "https://schema.org/EventCancelled"
        if day.cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": True,
        "inLanguage": text.locale,  # the Swedish text stands in for a missing one
        "url": day_url(day, locale),
        "location": {
            "@type": "Place",
            "name": day.district.name if day.district else day.address,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": day.address,
                "addressLocality": "Stockholm",
                "addressCountry": "SE",
            },
        },
        "organizer": ORGANIZER,
    }
    if text.description:
        data["description"] = text.description
    if day.employers:
        data["performer"] = [{"@type": "Organization", "name": e.name} for e in day.employers]
    return data
