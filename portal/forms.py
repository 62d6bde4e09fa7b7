"""Base classes for every form: each text field has a length limit with a translated message,
and a form's error list feeds the error summary macro.

A field's own `Length(max=...)` sets its limit (our message is used when it has none of its
own); a text field without one gets the default for its kind. So no field accepts a
megabyte, and no form has to remember to add the limit. Templates call `form.field_errors()`
and get (id to link to, message) pairs in the order the fields appear, nested forms included.
"""

from __future__ import annotations

from flask_babel import gettext as _
from flask_wtf import FlaskForm
from wtforms import (
    Field,
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import Length, StopValidation

TEXT_AREA_LIMIT = 20_000  # a programme description in Markdown fits many times over
TEXT_LIMIT = 200


class MaxLength:
    """At most `limit` characters, said in the reader's language (browsers also get maxlength)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.field_flags = {"maxlength": limit}

    def __call__(self, form, field) -> None:
        if field.data and len(field.data) > self.limit:
            # Stop here: one clear message, not a second about the format of the same text.
            raise StopValidation(_("Write at most %(num)s characters.", num=self.limit))


def limit_text(field) -> None:
    if not isinstance(field, StringField):
        return
    own = [v for v in field.validators if isinstance(v, Length) and v.max > 0]
    if any(v.message for v in own):
        return  # the field says it in its own words
    limit = min((v.max for v in own), default=None) or (
        TEXT_AREA_LIMIT if isinstance(field, TextAreaField) else TEXT_LIMIT
    )
    field.validators = [v for v in field.validators if v not in own] + [MaxLength(limit)]
    field.flags.maxlength = limit


class _LimitsMeta:
    def bind_field(self, form, unbound_field, options):
        field = super().bind_field(form, unbound_field, options)  # type: ignore[misc]  # a mixin before DefaultMeta
        limit_text(field)
        return field


def first_input_id(field: Field) -> str:
    """The id an error links to: a group's first option, or the field itself."""
    return f"{field.id}-0" if isinstance(field, RadioField | SelectMultipleField) else field.id


def _errors(field: Field) -> list[tuple[str, str]]:
    if isinstance(field, FormField):
        return [found for sub in field.form for found in _errors(sub)]
    if isinstance(field, FieldList):
        return [found for entry in field.entries for found in _errors(entry)]
    if field.name.endswith("csrf_token"):
        return []  # a CSRF failure is answered by the 400 page, not the summary
    return [(first_input_id(field), str(error)) for error in field.errors]


class PortalForm(FlaskForm):
    """A top-level form (with CSRF)."""

    class Meta(_LimitsMeta):
        pass

    def field_errors(self) -> list[tuple[str, str]]:
        """(field id, message) for the error summary, in the order the fields appear."""
        return [found for field in self for found in _errors(field)]


class PortalSubForm(Form):
    """A form nested with FormField."""

    class Meta(_LimitsMeta):
        pass
