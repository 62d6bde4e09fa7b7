"""The form a contact officer writes a mailing in: purpose, narrowing, a text per locale."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Form, FormField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional, ValidationError

from portal.contact.forms import DistrictsField, MultiCheckboxField
from portal.contact.texts import BACKGROUND_LABELS, INTEREST_LABELS, PURPOSE_TITLES
from portal.i18n import LOCALES
from portal.mailings.audience import EMAIL_PURPOSES
from portal.mailings.content import MAX_BODY, MAX_SUBJECT, is_unsafe
from portal.mailings.workflow import Draft


def _safe_markdown(_form, field):
    if field.data and is_unsafe(field.data):
        raise ValidationError(
            _l(
                "Write plain Markdown: HTML, scripts and links other than https, http and "
                "mailto are not allowed."
            )
        )


class MailingTextForm(Form):
    subject = StringField(
        _l("Subject"),
        validators=[
            Optional(),
            Length(
                max=MAX_SUBJECT, message=_l("The subject can be at most %(max)d characters long.")
            ),
        ],
    )
    body = TextAreaField(
        _l("Text (Markdown)"),
        validators=[
            Optional(),
            Length(max=MAX_BODY, message=_l("The text can be at most %(max)d characters long.")),
            _safe_markdown,
        ],
    )


class MailingForm(FlaskForm):
    purpose = SelectField(
        _l("Purpose"),
        choices=[SelectChoice(p.value, PURPOSE_TITLES[p]) for p in EMAIL_PURPOSES],
    )
    backgrounds = MultiCheckboxField(
        _l("Only people with this background"),
        choices=[SelectChoice(k.value, label) for k, label in BACKGROUND_LABELS.items()],
    )
    interests = MultiCheckboxField(
        _l("Only people interested in"),
        choices=[SelectChoice(k, label) for k, label in INTEREST_LABELS.items()],
    )
    districts = DistrictsField(
        _l("Only people who would like to work in"),
        description=_l("People who chose no district can work anywhere and are included."),
    )
    texts = FormField(type("Texts", (Form,), {c: FormField(MailingTextForm) for c in LOCALES}))

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        swedish = self.texts.form.sv.form
        for part in (swedish.subject, swedish.body):
            if not (part.data or "").strip():
                part.errors = [
                    *part.errors,
                    _l(
                        "Write the Swedish subject and text: everyone whose language has no "
                        "text gets the Swedish."
                    ),
                ]
                valid = False
        for code in LOCALES:
            text = self.texts.form[code].form
            if code != "sv" and bool((text.subject.data or "").strip()) != bool(
                (text.body.data or "").strip()
            ):
                text.subject.errors = [
                    *text.subject.errors,
                    _l("Write both a subject and a text, or leave both empty."),
                ]
                valid = False
        return valid

    def field_errors(self) -> list[tuple[str, str]]:
        """(field id, message) for the error summary."""
        found = [
            (f.id, str(e))
            for f in (self.purpose, self.backgrounds, self.interests, self.districts)
            for e in f.errors
        ]
        for code in LOCALES:
            for part in self.texts.form[code].form:
                found.extend((part.id, str(e)) for e in part.errors if str(e))
        return found

    def draft(self) -> Draft:
        texts = {}
        for code in LOCALES:
            text = self.texts.form[code].form
            if (text.subject.data or "").strip():
                texts[code] = (text.subject.data.strip(), text.body.data.strip())
        return Draft(
            self.purpose.data,
            self.backgrounds.data or [],
            self.interests.data or [],
            texts,
            districts=self.districts.data or [],
        )

    def fill(self, mailing) -> None:
        self.purpose.data = mailing.purpose
        self.backgrounds.data, self.interests.data = mailing.backgrounds, mailing.interests
        self.districts.data = list(mailing.districts or [])
        for text in mailing.texts:
            target = self.texts.form[text.locale].form
            target.subject.data, target.body.data = text.subject, text.body
