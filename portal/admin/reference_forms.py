"""Forms of the reference records programmes point to: providers, employers and districts.
Each carries the version it was opened at; names must be free (said as a message, not left to
the database's unique constraint)."""

from __future__ import annotations

from typing import Any, ClassVar

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from wtforms import BooleanField, HiddenField, SelectField, StringField
from wtforms.validators import URL, DataRequired, Length, Optional, ValidationError

from portal.admin.forms import SLUG, _choices
from portal.catalog.labels import EMPLOYER_KIND_LABELS
from portal.extensions import db
from portal.forms import PortalForm
from portal.models.catalog import District, Employer, Provider
from portal.search_text import slugify

NAME_TAKEN = _l("There is already one with this name. Choose another name.")
SLUG_TAKEN = _l("This address word is already used. Write another one.")


def _name(limit: int) -> StringField:
    return StringField(
        _l("Name"), validators=[DataRequired(message=_l("Write a name.")), Length(max=limit)]
    )


class ReferenceForm(PortalForm):
    """A record's form; `record` is the one edited (None when creating)."""

    model: ClassVar[Any]
    unique: ClassVar[dict[str, Any]] = {"name": NAME_TAKEN}
    version = HiddenField()

    def __init__(self, *args, record=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.record = record

    def taken(self, column: str, value: str) -> bool:
        """Another record already has `value` (letter case aside)."""
        attribute = getattr(self.model, column)
        query = select(self.model.id).where(func.lower(attribute) == value.strip().lower())
        if self.record is not None:
            query = query.where(self.model.id != self.record.id)
        return db.session.scalar(query.limit(1)) is not None

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        for column, message in self.unique.items():
            field = getattr(self, column, None)
            if field is None or not field.data or field.errors:
                continue
            if self.taken(column, field.data):
                field.errors = [*field.errors, str(message)]
                valid = False
        return valid


def https_only(form, field) -> None:
    if field.data and not field.data.strip().lower().startswith("https://"):
        raise ValidationError(_l("Write a full web address, starting with https://."))


class ProviderForm(ReferenceForm):
    model = Provider
    name = _name(160)
    url = StringField(
        _l("Web address"),
        validators=[
            Optional(),
            Length(max=300),
            https_only,
            URL(message=_l("Write a full web address, starting with https://.")),
        ],
        render_kw={"dir": "ltr"},  # reads left to right in Arabic too
    )


class EmployerForm(ReferenceForm):
    model = Employer
    name = _name(160)
    kind = SelectField(_l("Kind of workplace"), choices=_choices(EMPLOYER_KIND_LABELS))


class DistrictForm(ReferenceForm):
    """The address word is chosen when the district is made and then kept: links and saved
    searches carry it."""

    model = District
    unique = {"name": NAME_TAKEN, "slug": SLUG_TAKEN}
    name = _name(120)
    slug = StringField(
        _l("Address word (made from the name when left empty)"),
        validators=[Optional(), Length(max=80)],
    )
    outer_city = BooleanField(_l("In the outer city (ytterstaden)"))

    def validate_slug(self, field):
        if field.data and not SLUG.match(field.data):
            raise ValidationError(_l("Use only small letters a-z, digits and hyphens."))
        if not field.data and self.name.data and self.taken("slug", slugify(self.name.data)):
            raise ValidationError(SLUG_TAKEN)
