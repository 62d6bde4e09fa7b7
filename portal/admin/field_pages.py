"""Editing a field page's texts (name, summary, Markdown body) in every locale. Every save
keeps a revision; a save from an outdated form is refused instead of overwriting."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError
from wtforms import BooleanField, FormField, HiddenField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from portal import audit
from portal.admin import record_revisions
from portal.extensions import db
from portal.forms import PortalForm, PortalSubForm
from portal.i18n import LOCALE_NAMES, LOCALES
from portal.models.catalog import Field, FieldTranslation

PARTS = ("name", "summary", "body")
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


def form_for(field: Field) -> FieldPageForm:
    """The form for `field`: the posted values on a POST, else the stored texts."""
    texts = {t.locale: t for t in field.translations}
    data = {
        code: {
            **{part: getattr(texts[code], part) or "" for part in PARTS},
            "reviewed": texts[code].reviewed,
        }
        for code in texts
        if code in LOCALES
    }
    return FieldPageForm(data={**data, "version": str(field.version)})


def snapshot(field: Field) -> dict:
    return {
        t.locale: {**{part: getattr(t, part) for part in PARTS}, "reviewed": t.reviewed}
        for t in field.translations
    }


def save(field: Field, form: FieldPageForm) -> bool:
    """Save the texts with a revision; False (nothing saved) when the field page changed since
    the form was opened."""
    if form.version.data != str(field.version):
        return False
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
    flag_modified(field, "slug")  # every save moves the version on, even for text alone
    try:
        db.session.flush()
    except StaleDataError:  # another save wrote between our version check and our write
        db.session.rollback()
        return False
    record_revisions.add("field", field.id, snapshot(field), "edited")
    audit.record("field_edited", f"field:{field.id}", {"slug": field.slug})
    db.session.commit()
    return True


def change_label(key: str) -> str:
    """A revision's changed key ("fi.name") in words: "Suomi: Name"."""
    code, _dot, part = key.partition(".")
    return f"{LOCALE_NAMES.get(code, code)}: {PART_LABELS.get(part, part)}"
