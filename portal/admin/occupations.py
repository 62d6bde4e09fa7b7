"""Editing an occupation: its SSYK code, the programmes that lead to it, and its name, everyday
words, description and need in every locale, each with its review state. Every save keeps a
revision; a save made from an outdated form is refused instead of overwriting."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from portal import audit
from portal.extensions import db
from portal.forms import TEXT_AREA_LIMIT
from portal.i18n import LOCALES
from portal.models.catalog import Programme, ProgrammeTranslation
from portal.models.occupation import Occupation, OccupationRevision, OccupationTranslation
from portal.search_text import slugify

TEXTS = ("name", "synonyms", "description", "need")
LIMITS = {"name": 120, "synonyms": 2000, "description": 2000, "need": TEXT_AREA_LIMIT}


def programme_choices() -> list[tuple[int, str]]:
    """Every programme as (id, Swedish title), for the links checkboxes."""
    rows = db.session.execute(
        select(Programme.id, ProgrammeTranslation.title)
        .join(ProgrammeTranslation, ProgrammeTranslation.programme_id == Programme.id)
        .where(ProgrammeTranslation.locale == "sv")
        .order_by(ProgrammeTranslation.title)
    )
    return [(pid, title) for pid, title in rows]


def form_values(o: Occupation) -> dict:
    values: dict = {
        "ssyk": o.ssyk,
        "need_source": o.need_source or "",
        "version": str(o.version),
        "programmes": {p.id for p in o.programmes},
    }
    for t in o.translations:
        values.update({f"{t.locale}-{n}": getattr(t, n) or "" for n in TEXTS})
        if t.reviewed:
            values[f"{t.locale}-reviewed"] = "y"
    return values


def submitted_values(form) -> dict:
    values = {k: v for k, v in form.items() if k != "programmes"}
    values["programmes"] = {int(v) for v in form.getlist("programmes") if v.isdigit()}
    return values


def _problems(form, o: Occupation | None) -> list[tuple[str, str]]:
    problems = []
    if o is None:
        slug = slugify(form.get("sv-name", ""))
        if slug and db.session.scalar(select(Occupation.id).where(Occupation.slug == slug)):
            problems.append(("sv-name", _("An occupation with this name already exists.")))
    if not form.get("sv-name", "").strip():
        problems.append(("sv-name", _("Write a name in Swedish.")))
    ssyk = form.get("ssyk", "").strip()
    if not (ssyk.isascii() and ssyk.isdigit() and len(ssyk) in (3, 4)):
        problems.append(("ssyk", _("Write the SSYK 2012 code: three or four digits.")))
    if len(form.get("need_source", "")) > 300:
        problems.append(("need_source", _("Write at most %(num)s characters.", num=300)))
    for code in LOCALES:
        for name, limit in LIMITS.items():
            if len(form.get(f"{code}-{name}", "")) > limit:
                problems.append(
                    (f"{code}-{name}", _("Write at most %(num)s characters.", num=limit))
                )
    return problems


def snapshot(o: Occupation) -> dict:
    return {
        "ssyk": o.ssyk,
        "need_source": o.need_source,
        "programmes": sorted(p.slug for p in o.programmes),
        "translations": {
            t.locale: {**{n: getattr(t, n) for n in TEXTS}, "reviewed": t.reviewed}
            for t in o.translations
        },
    }


def save(o: Occupation | None, form) -> tuple[Occupation | None, list[tuple[str, str]], bool]:
    """(occupation, problems, conflict). Nothing is saved when there are problems, or when the
    occupation changed since the form was opened (conflict)."""
    problems = _problems(form, o)
    if problems:
        return o, problems, False
    if o is not None and form.get("version") != str(o.version):
        return o, [], True
    if o is None:
        o = Occupation(slug=slugify(form["sv-name"]), ssyk="")
        db.session.add(o)
    o.ssyk = form["ssyk"].strip()
    o.need_source = form.get("need_source", "").strip() or None
    wanted = {int(v) for v in form.getlist("programmes") if v.isdigit()}
    o.programmes = list(db.session.scalars(select(Programme).where(Programme.id.in_(wanted))))
    existing = {t.locale: t for t in o.translations}
    for code in LOCALES:
        values = {n: form.get(f"{code}-{n}", "").strip() for n in TEXTS}
        if not values["name"]:
            continue  # a language without a name falls back to Swedish
        text = existing.get(code) or OccupationTranslation(locale=code)
        if text not in o.translations:
            o.translations.append(text)
        values["synonyms"] = "\n".join(s.strip() for s in values["synonyms"].splitlines() if s)
        for name, value in values.items():
            setattr(text, name, value)
        text.reviewed = code == "sv" or form.get(f"{code}-reviewed") == "y"
    if o.id is not None:
        flag_modified(o, "ssyk")  # every save moves the version on, even for text alone
    db.session.flush()
    for text in o.translations:  # the Swedish version a checked translation was checked against
        if text.reviewed:
            text.source_version = o.version
    db.session.add(
        OccupationRevision(
            occupation_id=o.id,
            user_id=getattr(current_user, "id", None),
            summary=_("Saved"),
            data=snapshot(o),
        )
    )
    audit.record("occupation_edited", f"occupation:{o.id}", {"slug": o.slug})
    db.session.commit()
    return o, [], False


def revisions(o: Occupation, limit: int = 20) -> list[OccupationRevision]:
    return list(
        db.session.scalars(
            select(OccupationRevision)
            .where(OccupationRevision.occupation_id == o.id)
            .order_by(OccupationRevision.id.desc())
            .limit(limit)
        )
    )
