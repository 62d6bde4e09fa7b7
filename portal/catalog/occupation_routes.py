"""The occupation page: /<lang>/yrken/<slug>."""

from flask import abort

from portal import clock
from portal.catalog import bp
from portal.catalog.cache import cached_page
from portal.catalog.occupations import (
    localized,
    occupation_by_slug,
    occupation_json_ld,
    paths_by_start,
    published_programme_ids,
)
from portal.catalog.queries import load_cards, vocabulary
from portal.htmx import render
from portal.i18n import current_locale


@bp.get("/yrken/<slug>")
@cached_page
def occupation(slug: str):
    locale, today = current_locale(), clock.today()
    found = occupation_by_slug(slug)
    if found is None:
        abort(404)
    text = localized(found, locale)
    cards = load_cards(published_programme_ids(found.id), locale, today)
    return render(
        "catalog/occupation.html",
        occupation=found,
        text=text,
        groups=paths_by_start(cards),
        vocab=vocabulary(),
        today=today,
        json_ld=occupation_json_ld(found, text, locale),
    )
