"""What the path finder's template shows: plain values, worked out here, not in Jinja."""

from __future__ import annotations

from flask import request, url_for

from portal.catalog.localize import Text
from portal.catalog.places import place_name
from portal.catalog.queries import localized_field
from portal.pathfinder import questions, texts
from portal.pathfinder.questions import ORDER, Answers
from portal.pathfinder.reasons import say
from portal.pathfinder.rules import LANGUAGE_KINDS, Route


def finder_url(**args) -> str:
    """This page (the path finder or its lättläst variant) with other answers."""
    return url_for(request.endpoint or "pathfinder.finder", **args)


def _field_name(f, locale: str) -> Text:
    return localized_field(f, locale).name


def question_view(
    answers: Answers, name: str, fields, districts, locale: str, easy: bool = False
) -> dict:
    title, hint = texts.question_texts(name, easy)
    choices = texts.choice_list(
        name,
        fields,
        districts,
        questions.areas(),
        lambda f: _field_name(f, locale),
        lambda d: place_name(d.name),
    )
    kept = {n: v for n, v in answers.to_args().items() if n != name}
    position = ORDER.index(name)
    earlier = [n for n in ORDER[:position] if n in kept]
    back = None
    if earlier:
        back = finder_url(**{n: v for n, v in kept.items() if n != earlier[-1]})
    return {
        "name": name,
        "title": title,
        "hint": hint,
        "choices": choices,
        "kept": kept,
        "number": position + 1,
        "total": len(ORDER),
        "back_url": back,
        "not_understood": name in answers.not_understood,
    }


def _answer_label(answers: Answers, name: str, fields, districts, locale: str) -> str:
    value = getattr(answers, name)
    for choice, label in texts.choice_list(
        name,
        fields,
        districts,
        questions.areas(),
        lambda f: _field_name(f, locale),
        lambda d: place_name(d.name),
    ):
        if choice == value:
            return label
    return value


def route_view(answers: Answers, route: Route, cards: dict, vocab, locale: str) -> dict:
    fields = [f for f in vocab.fields if f.slug != questions.data()["language_field"]]
    summary = [
        {
            "label": texts.SUMMARY_LABELS[name],
            "answer": _answer_label(answers, name, fields, vocab.districts, locale),
            "change_url": finder_url(**{n: v for n, v in answers.to_args().items() if n != name}),
        }
        for name in ORDER
    ]
    now = [{"card": cards[p.offer.id], "reasons": [say(r) for r in p.reasons]} for p in route.now]
    later = [
        {"card": cards[p.offer.id], "reasons": [say(r) for r in p.reasons]} for p in route.next
    ]
    jobs: list[Text] = []
    for p in route.now + route.next:
        occupation = cards[p.offer.id].text.occupation
        if (
            p.offer.kind not in LANGUAGE_KINDS
            and occupation
            and occupation.value not in [j.value for j in jobs]
        ):
            jobs.append(occupation)
    by_slug = {f.slug: f for f in vocab.fields}
    chosen = by_slug.get(answers.field_slug or "")
    demand = [
        {
            "name": _field_name(by_slug[slug], locale),
            "field_url": url_for("catalog.field", slug=slug),
            "finder_url": finder_url(**{**answers.to_args(), "mal": slug}),
        }
        for slug in route.demand_fields
        if slug in by_slug
    ]
    slugs = [c.programme.slug for c in cards.values()]
    return {
        "summary": summary,
        "now": now,
        "next": later,
        "jobs": jobs[:4],
        "field": chosen and {"name": _field_name(chosen, locale), "slug": chosen.slug},
        "notes": [say(r) for r in route.notes],
        "demand": demand,
        "guidance": questions.data()["guidance"],
        "compare_url": url_for("pathfinder.compare", p=",".join(slugs)) if slugs else None,
        "restart_url": finder_url(),
    }
