"""The sign-up form, in four steps. Earlier steps travel along as hidden fields, so nothing is
stored before the person confirms on the last step; every step is validated again there."""

from __future__ import annotations

import unicodedata

import phonenumbers
from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    EmailField,
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Email, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from portal.contact import districts
from portal.contact.texts import BACKGROUND_LABELS, INTEREST_LABELS
from portal.forms import PortalForm
from portal.i18n import LOCALES
from portal.models.contact import Purpose

LAST_STEP = 4
NAME_MAX = 100
# Bidirectional overrides and isolates can make a name read as something else in mail.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_name(value: str | None) -> str | None:
    """A name as one line of visible text: control characters (NUL, CR/LF, tab ...) and bidi
    overrides removed, runs of spaces collapsed. The name is placed into the city's mail."""
    if value is None:
        return None
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in value
        if unicodedata.category(ch) != "Cc" or ch in "\t\n\r"
        if ch not in _BIDI_CONTROLS
    )
    return " ".join(kept.split()) or None


def mobile_e164(value: str) -> str | None:
    """The number in E.164 when it is a valid mobile number (Swedish unless it says +xx)."""
    try:
        number = phonenumbers.parse(value, "SE")
    except phonenumbers.NumberParseException:
        return None
    mobile = phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    if not phonenumbers.is_valid_number(number) or not mobile:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


PHONE_FORMAT_MESSAGE = _l("Enter a mobile number, like 070 123 45 67 or +46 70 123 45 67.")


def require_mobile(field, missing) -> None:
    """Keep `field` as a mobile number in E.164, or say what is wrong (`missing` when empty)."""
    if not field.data:
        raise ValidationError(missing)
    number = mobile_e164(field.data)
    if number is None:
        raise ValidationError(PHONE_FORMAT_MESSAGE)
    field.data = number


def name_field() -> StringField:
    return StringField(
        _l("Name (optional)"),
        filters=[clean_name],
        validators=[
            Optional(),
            Length(max=NAME_MAX, message=_l("Write at most %(num)s characters.", num=NAME_MAX)),
        ],
    )


def language_field() -> SelectField:
    return SelectField(
        _l("Language for our messages"),
        choices=[
            SelectChoice(code, locale.name, render_kw={"lang": code})
            for code, locale in LOCALES.items()
        ],
        validate_choice=False,
        validators=[AnyOf(list(LOCALES), message=_l("Choose a language from the list."))],
    )


def interests_field() -> SelectMultipleField:
    return MultiCheckboxField(
        _l("What are you interested in?"),
        choices=[SelectChoice(key, label) for key, label in INTEREST_LABELS.items()],
        validate_choice=False,
        filters=[lambda values: [v for v in values or [] if v in INTEREST_LABELS]],
    )


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class DistrictsField(MultiCheckboxField):
    """Districts from the District table (read when a form is made), names in the reader's
    language; a slug that is not a district is dropped, never stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, validate_choice=False, **kwargs)
        self.choices = districts.choices()

    def process_formdata(self, valuelist) -> None:
        known = {slug for slug, _label in self.choices}
        self.data = [v for v in dict.fromkeys(valuelist) if v in known]


DISTRICTS_HINT = _l(
    "Choose one or more districts, or none if you can work anywhere in Stockholm. "
    "Invitations to recruitment days then come for the districts you chose."
)


def districts_field() -> DistrictsField:
    return DistrictsField(
        _l("Where in Stockholm would you like to work?"), description=DISTRICTS_HINT
    )


def email_field() -> EmailField:
    return EmailField(
        _l("E-mail address"),
        validators=[
            DataRequired(message=_l("Enter your e-mail address.")),
            Length(max=254, message=_l("The e-mail address is too long.")),
            Email(
                message=_l("Enter an e-mail address in the right format, like name@example.com."),
                check_deliverability=False,
            ),
        ],
    )


def purpose_field() -> BooleanField:
    # Its label is the full consent wording, which the template takes from texts.wording().
    return BooleanField(default=False)


class SignupForm(PortalForm):
    step = HiddenField(default="1")
    wording = HiddenField()  # fingerprint of the consent wording shown (texts.fingerprint)
    # The recruitment day an "I'm interested" link came from (its slug), remembered until the
    # sign-up is confirmed: then the person is invited to it (recruitment/interest.py).
    recruitment_day = HiddenField(filters=[lambda v: (v or "")[:120] or None])

    # Choices are checked by our own validators, so every message is ours and translated.
    background = RadioField(
        _l("How do you know us?"),
        choices=[SelectChoice(key.value, label) for key, label in BACKGROUND_LABELS.items()],
        validate_choice=False,
        validators=[
            AnyOf(
                [b.value for b in BACKGROUND_LABELS],
                message=_l("Choose the option that fits you best."),
            )
        ],
    )
    interests = interests_field()
    districts = districts_field()

    purpose_education_info = purpose_field()
    purpose_job_invitations = purpose_field()
    purpose_newsletter = purpose_field()
    purpose_sms_reminders = purpose_field()

    email = email_field()
    phone = StringField(_l("Mobile number"))
    name = name_field()
    language = language_field()
    # A field people never see; bots fill it in. Named plainly so autofill leaves it alone.
    website = StringField(_l("Leave this field empty"))

    STEPS = {
        1: ("background", "interests", "districts"),
        2: (
            "purpose_education_info",
            "purpose_job_invitations",
            "purpose_newsletter",
            "purpose_sms_reminders",
        ),
        3: ("email", "phone", "name", "language"),
        4: (),
    }

    @property
    def current_step(self) -> int:
        try:
            return min(max(int(self.step.data or 1), 1), LAST_STEP)
        except ValueError:
            return 1

    def purposes(self) -> list[str]:
        return [p.value for p in Purpose if self[f"purpose_{p.value}"].data]

    def wants_sms(self) -> bool:
        return bool(self.purpose_sms_reminders.data)

    def validate_steps(self, upto: int) -> bool:
        """Validate the fields of steps 1..upto (and the CSRF token)."""
        ok = self.csrf_token.validate(self) if self.meta.csrf else True
        for number in range(1, upto + 1):
            for name in self.STEPS[number]:
                ok = self[name].validate(self, self._extra(name)) and ok
            if number == 2 and not self.purposes():
                self.purpose_education_info.errors = list(self.purpose_education_info.errors)
                self.purpose_education_info.errors.append(
                    _l("Choose at least one thing we may contact you about.")
                )
                ok = False
        if upto == LAST_STEP and self.website.data:
            self.website.errors = [_l("Leave this field empty.")]
            ok = False
        return ok

    def _extra(self, name: str) -> list:
        return [self._check_phone] if name == "phone" else []

    def _check_phone(self, form, field) -> None:
        if not self.wants_sms():
            field.data = None  # collected only for the SMS purpose
            return
        require_mobile(field, _l("Enter your mobile number, or untick text messages."))


class ManageLinkForm(PortalForm):
    email = email_field()
