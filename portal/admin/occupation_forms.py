"""The occupation editor's form: SSYK code, the source of the need figures, the programmes
that lead to the occupation and, per locale, its texts and review state (fields named like
"fi-name", as the field page editor's)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from wtforms import (
    BooleanField,
    FormField,
    HiddenField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from portal.extensions import db
from portal.forms import PortalForm, PortalSubForm
from portal.i18n import LOCALES
from portal.models.occupation import Occupation
from portal.search_text import slugify

TEXTS = ("name", "synonyms", "description", "need")


class OccupationTextsForm(PortalSubForm):
    """One locale's texts; a locale without a name falls back to Swedish."""

    name = StringField(_l("Name"), validators=[Optional(), Length(max=120)])
    synonyms = TextAreaField(
        _l("Everyday words, abbreviations and other names (one per line)"),
        validators=[Optional(), Length(max=2000)],
    )
    description = TextAreaField(_l("What the job is"), validators=[Optional(), Length(max=2000)])
    need = TextAreaField(_l("The need in Stockholm, with figures"), validators=[Optional()])
    reviewed = BooleanField(_l("Checked by a person"))


class SwedishOccupationTextsForm(OccupationTextsForm):
    name = StringField(
        _l("Name"),
        validators=[DataRequired(message=_l("Write a name in Swedish.")), Length(max=120)],
    )


class ProgrammeLinksField(SelectMultipleField):
    """Programme ids as checkboxes; an id that is not a programme (any more) is left out
    rather than refused."""

    def process_formdata(self, valuelist):
        self.data = [int(v) for v in valuelist if v.isdigit()]

    def pre_validate(self, form):
        known = {value for value, _label in self.choices or ()}
        self.data = [v for v in self.data or () if v in known]


class OccupationForm(PortalForm):
    version = HiddenField()
    ssyk = StringField(_l("SSYK 2012 code"), render_kw={"inputmode": "numeric", "maxlength": 4})
    need_source = StringField(
        _l("Source of the figures about the need"), validators=[Optional(), Length(max=300)]
    )
    programmes = ProgrammeLinksField(
        _l("Programmes that lead to this occupation"), coerce=int, choices=[]
    )

    def __init__(self, *args, occupation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.occupation = occupation  # None when a new one is made

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        name = self["sv"]["name"]
        if self.occupation is None and name.data and not name.errors:
            slug = slugify(name.data)
            if slug and db.session.scalar(select(Occupation.id).where(Occupation.slug == slug)):
                name.errors = [
                    *name.errors,
                    str(_l("An occupation with this name already exists.")),
                ]
                valid = False
        return valid

    def validate_ssyk(self, field):
        ssyk = (field.data or "").strip()
        if not (ssyk.isascii() and ssyk.isdigit() and len(ssyk) in (3, 4)):
            raise ValidationError(_l("Write the SSYK 2012 code: three or four digits."))


# One sub-form per locale, Swedish first; its fields are named like "fi-name".
for _code in LOCALES:
    setattr(
        OccupationForm,
        _code,
        FormField(SwedishOccupationTextsForm if _code == "sv" else OccupationTextsForm),
    )
