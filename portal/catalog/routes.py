from flask import abort, current_app, request, url_for

from portal import clock
from portal.catalog import bp, pace_label
from portal.catalog.cache import cached_page, per_revision
from portal.catalog.facets import facet_options
from portal.catalog.facts import BEMANNA_STOCKHOLM_VOLUNTEERS, STATEMENT_WRITTEN
from portal.catalog.filters import SearchFilters
from portal.catalog.occupations import programme_occupation_links
from portal.catalog.queries import (
    field_by_slug,
    load_cards,
    localized_field,
    published_programme,
    related_ids,
    vocabulary,
)
from portal.catalog.search import search
from portal.catalog.staleness import staleness
from portal.catalog.structured_data import course_json_ld
from portal.htmx import render
from portal.i18n import current_locale, swedish_only
from portal.recruitment import queries as recruitment_queries


@bp.get("/")
@cached_page
def start():
    return render("catalog/start.html", volunteers=BEMANNA_STOCKHOLM_VOLUNTEERS)


@bp.get("/lattlast")
def easy():
    """Easy-to-read Swedish: a Swedish content variant, so only under /sv/."""
    swedish_only()
    return render("easy/start.html")


@bp.get("/tillganglighet")
def accessibility():
    return render(
        "catalog/accessibility.html",
        written=STATEMENT_WRITTEN,
        contact_email=current_app.config["ACCESSIBILITY_EMAIL"],
    )


@bp.get("/utbildningar")
@cached_page
def programmes():
    locale, today, vocab = current_locale(), clock.today(), vocabulary()
    filters = SearchFilters.from_args(request.args, vocab)
    result = per_revision(
        ("search", locale, filters.cache_key()),
        lambda: search(filters, locale, today, vocab),
    )
    return render(
        "catalog/search.html",
        block="search_panel",
        result=result,
        filters=filters,
        vocab=vocab,
        today=today,
        cards=load_cards(result.ids, locale, today),
        options=facet_options(vocab, locale, pace_label),
    )


@bp.get("/utbildningar/<slug>")
@cached_page
def programme(slug: str):
    locale, today = current_locale(), clock.today()
    found = published_programme(slug)
    if found is None:
        abort(404)
    card, *related = load_cards([found.id, *related_ids(found)], locale, today)
    vocab = vocabulary()
    return render(
        "catalog/programme.html",
        card=card,
        related=related,
        vocab=vocab,
        today=today,
        json_ld=course_json_ld(card, locale, vocab),
        occupations=programme_occupation_links(found.id, locale),
        recruitment_days=recruitment_queries.for_programme(found.id, locale),
        stale=staleness(found.id, card.text.own, card.text.source),
    )


@bp.get("/omraden/<slug>")
@cached_page
def field(slug: str):
    locale, today, vocab = current_locale(), clock.today(), vocabulary()
    found = field_by_slug(slug)
    if found is None:
        abort(404)
    filters = SearchFilters(fields=[slug])
    result = search(filters, locale, today, vocab, page_size=50)
    return render(
        "catalog/field.html",
        field=found,
        text=localized_field(found, locale),
        result=result,
        cards=load_cards(result.ids, locale, today),
        vocab=vocab,
        today=today,
        contact_url=optional_url("contact.start"),
        recruitment_days=recruitment_queries.for_field(found.id, locale),
    )


def optional_url(endpoint: str) -> str | None:
    """A link to a feature that may not be installed yet: None rather than a broken link."""
    return url_for(endpoint) if endpoint in current_app.view_functions else None
