"""Editing an occupation: its SSYK code, the programmes that lead to it, and its name, everyday
words, description and need in every locale, each with its review state. Every save keeps a
revision; a save made from an outdated form is refused instead of overwriting."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from portal import audit
from portal.admin.occupation_forms import TEXTS, OccupationForm
from portal.extensions import db
from portal.i18n import LOCALES
from portal.models.catalog import Programme, ProgrammeTranslation
from portal.models.occupation import Occupation, OccupationRevision, OccupationTranslation
from portal.search_text import slugify


def programme_choices() -> list[tuple[int, str]]:
    """Every programme as (id, Swedish title), for the links checkboxes."""
    rows = db.session.execute(
        select(Programme.id, ProgrammeTranslation.title)
        .join(ProgrammeTranslation, ProgrammeTranslation.programme_id == Programme.id)
        .where(ProgrammeTranslation.locale == "sv")
        .order_by(ProgrammeTranslation.title)
    )
    return [(pid, title) for pid, title in rows]


def form_for(o: Occupation | None, formdata=None) -> OccupationForm:
    """The form: the posted values on a POST, else the stored ones."""
    data: dict = {"programmes": []}
    if o is not None:
        data = {
            "ssyk": o.ssyk,
            "need_source": o.need_source or "",
            "version": str(o.version),
            "programmes": [p.id for p in o.programmes],
        }
        for t in o.translations:
            if t.locale in LOCALES:
                data[t.locale] = {
                    **{n: getattr(t, n) or "" for n in TEXTS},
                    "reviewed": t.reviewed,
                }
    form = OccupationForm(formdata, data=data, occupation=o)
    form.programmes.choices = programme_choices()
    return form


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


def save(o: Occupation | None, form: OccupationForm) -> tuple[Occupation | None, bool, bool]:
    """(occupation, saved, conflict). Nothing is saved when the form has errors, or when the
    occupation changed since the form was opened (conflict)."""
    if not form.validate():
        return o, False, False
    if o is not None and form.version.data != str(o.version):
        return o, False, True
    if o is None:
        o = Occupation(slug=slugify(form["sv"]["name"].data), ssyk="")
        db.session.add(o)
    o.ssyk = form.ssyk.data.strip()
    o.need_source = (form.need_source.data or "").strip() or None
    wanted = set(form.programmes.data or ())
    o.programmes = list(db.session.scalars(select(Programme).where(Programme.id.in_(wanted))))
    existing = {t.locale: t for t in o.translations}
    for code in LOCALES:
        values = {n: (form[code][n].data or "").strip() for n in TEXTS}
        if not values["name"]:
            continue  # a language without a name falls back to Swedish
        text = existing.get(code) or OccupationTranslation(locale=code)
        if text not in o.translations:
            o.translations.append(text)
        values["synonyms"] = "\n".join(s.strip() for s in values["synonyms"].splitlines() if s)
        for name, value in values.items():
            setattr(text, name, value)
        text.reviewed = code == "sv" or bool(form[code].reviewed.data)
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
    return o, True, False


def revisions(o: Occupation, limit: int = 20) -> list[OccupationRevision]:
    return list(
        db.session.scalars(
            select(OccupationRevision)
            .where(OccupationRevision.occupation_id == o.id)
            .order_by(OccupationRevision.id.desc())
            .limit(limit)
        )
    )
