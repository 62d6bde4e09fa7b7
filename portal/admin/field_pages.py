"""Editing a field page's texts (name, summary, Markdown body) in every locale."""

from __future__ import annotations

from flask_babel import gettext as _

from portal.admin import audit
from portal.extensions import db
from portal.forms import TEXT_AREA_LIMIT
from portal.i18n import LOCALES
from portal.models.catalog import Field, FieldTranslation

LIMITS = {"name": 120, "summary": 600, "body": TEXT_AREA_LIMIT}


def save(field: Field, form) -> list[tuple[str, str]]:
    """Save the texts; returns (field id, message) problems instead when something is wrong."""
    problems = []
    if not form.get("sv-name", "").strip():
        problems.append(("sv-name", _("Write a name in Swedish.")))
    for code in LOCALES:
        for name, limit in LIMITS.items():
            if len(form.get(f"{code}-{name}", "")) > limit:
                problems.append(
                    (f"{code}-{name}", _("Write at most %(num)s characters.", num=limit))
                )
    if problems:
        return problems
    existing = {t.locale: t for t in field.translations}
    for code in LOCALES:
        values = {n: form.get(f"{code}-{n}", "").strip() for n in ("name", "summary", "body")}
        if not values["name"]:
            continue  # a language without a name falls back to Swedish on the public page
        text = existing.get(code) or FieldTranslation(locale=code)
        if text not in field.translations:
            field.translations.append(text)
        for name, value in values.items():
            setattr(text, name, value)
        text.reviewed = code == "sv" or form.get(f"{code}-reviewed") == "y"
    audit.record("field_edited", f"field:{field.id}", {"slug": field.slug})
    db.session.commit()
    return []


def form_values(field: Field) -> dict[str, str]:
    """The stored texts under the editor's input names (`sv-name`, `en-reviewed`, ...)."""
    values = {
        f"{t.locale}-{name}": getattr(t, name) or ""
        for t in field.translations
        for name in ("name", "summary", "body")
    }
    values.update({f"{t.locale}-reviewed": "y" for t in field.translations if t.reviewed})
    return values
