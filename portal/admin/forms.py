"""Forms of the administration."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext as _lp
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    FormField,
    HiddenField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import URL, DataRequired, Length, NumberRange, Optional, ValidationError

from portal.catalog.labels import FORMAT_LABELS, KIND_LABELS, LEVEL_LABELS
from portal.forms import PortalForm, PortalSubForm
from portal.i18n import LOCALES

OTHER_LOCALES = [code for code in LOCALES if code != "sv"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _choices(labels) -> list[SelectChoice]:
    return [SelectChoice(str(getattr(k, "value", k)), label) for k, label in labels.items()]


class TextsForm(PortalSubForm):
    """One locale's texts of a programme."""

    title = StringField(_l("Title"), validators=[Optional(), Length(max=200)])
    summary = TextAreaField(_l("Summary"), validators=[Optional(), Length(max=600)])
    body = TextAreaField(_l("Description (Markdown)"), validators=[Optional()])
    prerequisites = TextAreaField(_l("What you need to start"), validators=[Optional()])
    occupation = StringField(_l("Occupation it leads to"), validators=[Optional(), Length(max=200)])
    reviewed = BooleanField(_l("Checked by a person"))


class SwedishTextsForm(TextsForm):
    title = StringField(
        _l("Title"),
        validators=[DataRequired(message=_l("Write a title in Swedish.")), Length(max=200)],
    )
    easy_summary = TextAreaField(_l("Easy-to-read Swedish"), validators=[Optional()])


class IntakeForm(PortalSubForm):
    starts_on = DateField(_l("Starts"), validators=[Optional()])
    application_opens = DateField(_l("Application opens"), validators=[Optional()])
    application_closes = DateField(_l("Application closes"), validators=[Optional()])
    seats = IntegerField(
        _l("Places"),
        validators=[
            Optional(),
            NumberRange(
                min=0, max=5000, message=_l("Write a number of places from %(min)d to %(max)d.")
            ),
        ],
    )
    remove = BooleanField(_l("Remove this start"))

    def validate_application_closes(self, field):
        if field.data and self.starts_on.data and field.data > self.starts_on.data:
            raise ValidationError(_l("The application must close before the start."))

    def validate_application_opens(self, field):
        closes, starts = self.application_closes.data, self.starts_on.data
        if field.data and closes and field.data > closes:
            raise ValidationError(_l("The application must open before it closes."))
        if field.data and starts and field.data > starts:
            raise ValidationError(_l("The application must open before the start."))


class ProgrammeForm(PortalForm):
    version = HiddenField()
    base_revision = HiddenField()
    slug = StringField(
        _l("Address (slug)"),
        validators=[DataRequired(message=_l("Write an address.")), Length(max=120)],
    )
    kind = SelectField(_l("Kind"), choices=_choices(KIND_LABELS))
    field_id = SelectField(_lp("area of work", "Field"), coerce=str)
    provider_id = SelectField(_l("Provider"), coerce=str)
    district_id = SelectField(_l("District"), coerce=str)
    address = StringField(_l("Street address"), validators=[Optional(), Length(max=200)])
    study_format = SelectField(_l("How you study"), choices=_choices(FORMAT_LABELS))
    pace = IntegerField(
        _l("Pace (percent of full time)"),
        default=100,
        validators=[NumberRange(min=5, max=100, message=_l("Write a pace from 5 to 100."))],
    )
    length_weeks = IntegerField(
        _l("Length in weeks"),
        validators=[
            Optional(),
            NumberRange(min=1, max=300, message=_l("Write a length from 1 to 300 weeks.")),
        ],
    )
    swedish_level = SelectField(
        _l("Swedish needed to start"),
        choices=_choices({k.value: v for k, v in LEVEL_LABELS.items()}),
    )
    apply_url = StringField(
        _l("Link to apply"),
        validators=[
            Optional(),
            Length(max=300),
            URL(message=_l("Write a full web address, starting with https://.")),
        ],
        render_kw={"dir": "ltr"},  # reads left to right in Arabic too
    )
    apply_via = StringField(
        _l("Job track: signs up through (Jobbtorg Stockholm or the employer)"),
        validators=[Optional(), Length(max=160)],
    )
    apply_address = StringField(
        _l("Job track: visiting address"),
        validators=[Optional(), Length(max=200)],
        render_kw={"dir": "auto"},  # a Swedish street name inside an Arabic page
    )
    apply_phone = StringField(
        _l("Job track: phone"),
        validators=[Optional(), Length(max=40)],
        render_kw={"dir": "ltr", "type": "tel"},
    )
    # Outcome figures: how many were in work some months after, with year and source. The
    # public page shows them only with all four, so a share never stands without its source.
    outcome_share = IntegerField(
        _l("Share in work (percent)"),
        validators=[
            Optional(),
            NumberRange(min=0, max=100, message=_l("Write a share from 0 to 100 percent.")),
        ],
    )
    outcome_months = IntegerField(
        _l("Months after completing"),
        validators=[
            Optional(),
            NumberRange(min=1, max=60, message=_l("Write a number of months from 1 to 60.")),
        ],
    )
    outcome_year = IntegerField(
        _l("Year of the figure"),
        validators=[
            Optional(),
            NumberRange(min=2000, max=2100, message=_l("Write a year like 2025.")),
        ],
    )
    outcome_source = StringField(
        _l("Source of the figure"), validators=[Optional(), Length(max=300)]
    )
    outcome_is_target = BooleanField(_l("The share is a target, not a result"))
    sv = FormField(SwedishTextsForm)
    translations = FormField(
        type(
            "Translations", (PortalSubForm,), {code: FormField(TextsForm) for code in OTHER_LOCALES}
        )
    )
    intakes = FieldList(FormField(IntakeForm), min_entries=1)

    def validate_outcome_share(self, field):
        parts = (self.outcome_months.data, self.outcome_year.data, self.outcome_source.data)
        if field.data is not None and not all(parts):
            raise ValidationError(
                _l("A share in work needs the months after, the year and the source.")
            )

    def validate_slug(self, field):
        if not SLUG.match(field.data or ""):
            raise ValidationError(_l("Use only small letters a-z, digits and hyphens."))
