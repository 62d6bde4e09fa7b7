"""Editing a field page's texts (name, summary, Markdown body) in every locale."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, FormField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from portal import audit
from portal.extensions import db
from portal.forms import PortalForm, PortalSubForm
from portal.i18n import LOCALES
from portal.models.catalog import Field, FieldTranslation

PARTS = ("name", "summary", "body")


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
    pass


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
    return FieldPageForm(data=data)


def save(field: Field, form: FieldPageForm) -> None:
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
    audit.record("field_edited", f"field:{field.id}", {"slug": field.slug})
    db.session.commit()
