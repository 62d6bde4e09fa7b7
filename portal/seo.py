"""For search engines: /sitemap.xml lists every public page in every language, with the other
languages as alternates; /robots.txt names it and keeps crawlers out of the admin."""

from flask import Blueprint, Response, render_template
from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.i18n import DEFAULT_LOCALE, LOCALES
from portal.models.catalog import Field, Programme, Status
from portal.models.occupation import Occupation
from portal.models.recruitment import RecruitmentDay

bp = Blueprint("seo", __name__)


@bp.get("/sitemap.xml")
def sitemap():
    pages: list[tuple[str, dict[str, str]]] = [("catalog.start", {}), ("catalog.programmes", {})]
    pages += [("catalog.field", {"slug": s}) for s in _slugs(select(Field.slug))]
    published = select(Programme.slug).where(Programme.status == Status.PUBLISHED)
    pages += [("catalog.programme", {"slug": s}) for s in _slugs(published)]
    pages += [("catalog.occupation", {"slug": s}) for s in _slugs(select(Occupation.slug))]
    pages.append(("recruitment.days", {}))
    upcoming = select(RecruitmentDay.slug).where(RecruitmentDay.day >= clock.today())
    pages += [("recruitment.day", {"slug": s}) for s in _slugs(upcoming)]
    xml = render_template(
        "seo/sitemap.xml", pages=pages, locales=list(LOCALES), default=DEFAULT_LOCALE
    )
    return Response(xml, mimetype="application/xml")


@bp.get("/robots.txt")
def robots():
    text = render_template("seo/robots.txt")
    return Response(text, mimetype="text/plain")


def _slugs(query) -> list[str]:
    return list(db.session.scalars(query.order_by(query.selected_columns[0])))
