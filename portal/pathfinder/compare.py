"""A shortlist without an account: /<lang>/jamfor?p=slug1,slug2 shows programmes side by side.

The list lives only in the address (and, with JavaScript, in the reader's own browser): the
server keeps nothing, so the page can be shared, bookmarked and printed.
"""

from __future__ import annotations

import re

from flask import redirect, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from portal import clock
from portal.catalog.queries import load_cards, vocabulary
from portal.catalog.way_in import how_to_apply
from portal.extensions import db
from portal.htmx import render
from portal.i18n import current_locale
from portal.models.catalog import Programme, ProgrammeTranslation, Status
from portal.pathfinder import bp

MAX_PROGRAMMES = 6
SLUG = re.compile(r"^[a-z0-9-]{1,120}$")


def slugs_from(args) -> list[str]:
    """The list in the address, in order, without repeats or anything that is not a slug."""
    found: list[str] = []
    for value in args.getlist("p") + args.getlist("lagg-till"):
        for slug in value.split(","):
            slug = slug.strip()
            if SLUG.match(slug) and slug not in found:
                found.append(slug)
    return found[:MAX_PROGRAMMES]


def compare_url(slugs: list[str]) -> str:
    return (
        url_for("pathfinder.compare", p=",".join(slugs)) if slugs else url_for("pathfinder.compare")
    )


def _published_ids(slugs: list[str]) -> dict[str, int]:
    rows = db.session.execute(
        select(Programme.slug, Programme.id).where(
            Programme.slug.in_(slugs), Programme.status == Status.PUBLISHED
        )
    )
    return dict(rows.all())


def _choices(locale: str, exclude: set[str]) -> list[tuple[str, str]]:
    """Every published programme by title, for the "add one" list."""
    rows = db.session.execute(
        select(Programme.slug, ProgrammeTranslation.locale, ProgrammeTranslation.title)
        .join(ProgrammeTranslation)
        .where(
            Programme.status == Status.PUBLISHED,
            ProgrammeTranslation.locale.in_(["sv", locale]),
        )
    ).all()
    titles: dict[str, str] = {}
    for slug, loc, title in rows:
        if slug not in exclude and (loc == locale or slug not in titles):
            titles[slug] = title
    return sorted(titles.items(), key=lambda item: item[1].casefold())


@bp.get("/jamfor")
def compare():
    slugs = slugs_from(request.args)
    if "lagg-till" in request.args or len(request.args.getlist("p")) > 1:
        return redirect(compare_url(slugs))  # one canonical, shareable address
    locale, today = current_locale(), clock.today()
    ids = _published_ids(slugs)
    shown = [s for s in slugs if s in ids]
    cards = load_cards([ids[s] for s in shown], locale, today)
    columns = [
        {
            "card": card,
            "how_to_apply": how_to_apply(card.programme.kind),
            "remove_url": compare_url([s for s in shown if s != card.programme.slug]),
        }
        for card in cards
    ]
    return render(
        "pathfinder/compare.html",
        columns=columns,
        missing=len(slugs) - len(shown),
        choices=_choices(locale, set(shown)) if len(shown) < MAX_PROGRAMMES else [],
        shown=shown,
        vocab=vocabulary(),
        today=today,
        finder_title=_("Compare programmes"),
        share_url=url_for("pathfinder.compare", p=",".join(shown), _external=True)
        if shown
        else None,
    )
