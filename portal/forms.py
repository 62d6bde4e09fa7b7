"""The one base for the portal's forms: its error list feeds the error summary macro.

Every form (public and admin) derives from `PortalForm`; templates call `form.field_errors()`
and get (id to link to, message) pairs in the order the fields appear, nested forms included.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import Field, FieldList, FormField, RadioField, SelectMultipleField


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
    def field_errors(self) -> list[tuple[str, str]]:
        """(field id, message) for the error summary, in the order the fields appear."""
        return [found for field in self for found in _errors(field)]
