"""Field pages (yrkesområden): making one, editing its texts (name, summary, Markdown body) in
every locale, deleting one nothing uses. Every change keeps a revision and is audited; a save
from an outdated form is refused instead of overwriting."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError
from wtforms import BooleanField, FormField, HiddenField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from portal import audit
from portal.admin import record_revisions, reference_data
from portal.admin.reference_forms import NAME_TAKEN
from portal.extensions import db
from portal.forms import PortalForm, PortalSubForm
from portal.i18n import LOCALE_NAMES, LOCALES
from portal.models.catalog import Field, FieldTranslation
from portal.models.occupation import Occupation
from portal.search_text import slugify

PARTS = ("name", "summary", "body")
NO_ADDRESS_WORD = _l("Write a name with at least one letter a-z or digit: it makes the address.")
PART_LABELS = {
    "name": _l("Name"),
    "summary": _l("Summary"),
    "body": _l("Description (Markdown)"),
    "reviewed": _l("Checked by a person"),
}


class FieldTextsForm(PortalSubForm):
    """One locale's texts of a field page; a locale without a name falls back to Swedish."""

    name = StringField(_l("Name"), validators=[Optional(), Length(max=120)])
    summary = TextAreaField(_l("Summary"), validators=[Optional(), Length(max=600)])
    body = TextAreaField(_l("Description (Markdown)"))
    reviewed = BooleanField(_l("Checked by a person"))


class SwedishFieldTextsForm(FieldTextsForm):
    name = StringField(
        _l("Name"),
        validators=[DataRequired(message=_l("Write a name in Swedish.")), Length(max=120)],
    )


class FieldPageForm(PortalForm):
    version = HiddenField()


# One sub-form per locale, Swedish first; its fields are named like "fi-name".
for _code in LOCALES:
    setattr(
        FieldPageForm,
        _code,
        FormField(SwedishFieldTextsForm if _code == "sv" else FieldTextsForm),
    )


def form_for(field: Field, stored: bool = False) -> FieldPageForm:
    """The form for `field`: the posted values on a POST (unless `stored`), else the stored
    texts."""
    texts = {t.locale: t for t in field.translations}
    data = {
        code: {
            **{part: getattr(texts[code], part) or "" for part in PARTS},
            "reviewed": texts[code].reviewed,
        }
        for code in texts
        if code in LOCALES
    }
    values = {**data, "version": str(field.version)}
    return FieldPageForm(formdata=None, data=values) if stored else FieldPageForm(data=values)


def snapshot(field: Field) -> dict:
    return {
        t.locale: {**{part: getattr(t, part) for part in PARTS}, "reviewed": t.reviewed}
        for t in field.translations
    }


def _write_texts(field: Field, form: FieldPageForm) -> None:
    existing = {t.locale: t for t in field.translations}
    for code in LOCALES:
        values = {part: (form[code][part].data or "").strip() for part in PARTS}
        if not values["name"]:
            continue  # a language without a name falls back to Swedish on the public page
        text = existing.get(code) or FieldTranslation(locale=code)
        if text not in field.translations:
            field.translations.append(text)
        for part, value in values.items():
            setattr(text, part, value)
        text.reviewed = code == "sv" or bool(form[code].reviewed.data)


def _record(field: Field, action: str) -> None:
    record_revisions.add("field", field.id, snapshot(field), action)
    audit.record(f"field_{action}", f"field:{field.id}", {"slug": field.slug})


def create(form: FieldPageForm) -> Field | None:
    """A new field page, last in the order, its address word made from the Swedish name;
    None (with the error on the form) when that gives no address word or one already used."""
    name = form["sv"]["name"]
    slug = slugify(name.data or "")[: Field.slug.type.length].rstrip("-")
    if not slug:
        name.errors = [*name.errors, str(NO_ADDRESS_WORD)]
        return None
    if db.session.scalar(select(Field.id).where(Field.slug == slug)) is not None:
        name.errors = [*name.errors, str(NAME_TAKEN)]
        return None
    last = db.session.scalar(select(func.max(Field.position)))
    field = Field(slug=slug, position=0 if last is None else last + 1)
    db.session.add(field)
    _write_texts(field, form)
    try:
        db.session.flush()
    except IntegrityError:  # the same name saved by someone else between our check and now
        db.session.rollback()
        name.errors = [*name.errors, str(NAME_TAKEN)]
        return None
    _record(field, "created")
    db.session.commit()
    return field


def save(field: Field, form: FieldPageForm) -> bool:
    """Save the texts with a revision; False (nothing saved) when the field page changed since
    the form was opened."""
    if form.version.data != str(field.version):
        return False
    _write_texts(field, form)
    flag_modified(field, "slug")  # every save moves the version on, even for text alone
    try:
        db.session.flush()
    except StaleDataError:  # another save wrote between our version check and our write
        db.session.rollback()
        return False
    _record(field, "edited")
    db.session.commit()
    return True


def users(field: Field) -> tuple[int, int]:
    """(programmes, occupations) that point to `field`; a programme counts when its live
    version or a prepared change does."""
    programmes = reference_data.programmes_using("field_id", only=field.id).get(field.id, set())
    occupations = db.session.scalar(
        select(func.count(Occupation.id)).where(Occupation.field_id == field.id)
    )
    return len(programmes), occupations or 0


def delete(field: Field) -> tuple[int, int]:
    """Delete `field` unless something uses it; returns what does ((0, 0): deleted). The last
    state stays in the revisions."""
    used = users(field)
    if any(used):
        return used
    _record(field, "deleted")
    db.session.delete(field)
    db.session.commit()
    return used


def change_label(key: str) -> str:
    """A revision's changed key ("fi.name") in words: "Suomi: Name"."""
    code, _dot, part = key.partition(".")
    return f"{LOCALE_NAMES.get(code, code)}: {PART_LABELS.get(part, part)}"
