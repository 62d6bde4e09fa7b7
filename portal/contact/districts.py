"""Where in Stockholm a person would like to work: districts (stadsdelar) from the District
table, chosen on the sign-up form and the manage page and stored as slugs on the contact.
None chosen means anywhere; a mailing narrowed by district still reaches such a person."""

from __future__ import annotations

from sqlalchemy import select

from portal.catalog.parameters import REMOTE
from portal.catalog.places import place_name
from portal.extensions import db
from portal.models.catalog import District


def choices() -> list[tuple[str, str]]:
    """(slug, name in the reader's language) of every district one can work in, by name."""
    rows = db.session.execute(
        select(District.slug, District.name).where(District.slug != REMOTE).order_by(District.name)
    ).all()
    return [(slug, place_name(name)) for slug, name in rows]


def labels() -> dict[str, str]:
    """Slug -> name in the reader's language, for showing stored choices."""
    return dict(choices())


def matches(wanted: list[str] | None, chosen: list[str] | None) -> bool:
    """Whether a person who chose `chosen` belongs to an audience narrowed to `wanted`: yes
    when the audience is not narrowed, when they chose no district (anywhere), or when one of
    theirs is wanted."""
    return not wanted or not chosen or bool(set(wanted) & set(chosen))
