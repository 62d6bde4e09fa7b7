"""schema.org JSON-LD for a programme page (Course with its CourseInstances), so search engines
and aggregators can show the programme, its starts and where it is given."""

from __future__ import annotations

from typing import Any

from portal.catalog.queries import Card, Vocabulary
from portal.models.catalog import StudyFormat
from portal.urls import public_url

COURSE_MODE: dict[str, str] = {
    StudyFormat.CLASSROOM: "onsite",
    StudyFormat.DISTANCE: "online",
    StudyFormat.HYBRID: "blended",
}


def course_json_ld(card: Card, locale: str, vocab: Vocabulary) -> dict[str, Any]:
    p, text = card.programme, card.text
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": text.title.value,
        "description": text.summary.value,
        "url": public_url("catalog.programme", slug=p.slug, lang_code=locale),
        "inLanguage": "sv",  # the language of teaching
        "isAccessibleForFree": True,
    }
    if text.prerequisites:
        data["coursePrerequisites"] = text.prerequisites.value
    if text.occupation:
        data["educationalCredentialAwarded"] = text.occupation.value
    if p.provider:
        data["provider"] = {"@type": "Organization", "name": p.provider.name}
        if p.provider.url:
            data["provider"]["url"] = p.provider.url
    instances = []
    for intake in card.intakes:
        instance: dict[str, Any] = {
            "@type": "CourseInstance",
            "courseMode": COURSE_MODE.get(p.study_format, "onsite"),
            "startDate": intake.starts_on.isoformat(),
        }
        if p.length_weeks:
            instance["courseSchedule"] = {
                "@type": "Schedule",
                "duration": f"P{p.length_weeks}W",
                "repeatCount": 1,
            }
        if p.district:
            instance["location"] = {
                "@type": "Place",
                "name": p.district.name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": p.address or "",
                    "addressLocality": "Stockholm",
                    "addressCountry": "SE",
                },
            }
        instances.append(instance)
    if instances:
        data["hasCourseInstance"] = instances
    return data
