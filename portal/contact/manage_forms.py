"""The forms on the manage page. Each has its own prefix, so three forms share one page with
unique ids, and each carries its own CSRF token."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import StringField, ValidationError

from portal.contact.forms import (
    MultiCheckboxField,
    districts_field,
    email_field,
    interests_field,
    language_field,
    name_field,
    require_mobile,
)
from portal.forms import PortalForm
from portal.models.contact import Purpose


class DetailsForm(PortalForm):
    name = name_field()
    phone = StringField(_l("Mobile number"))
    interests = interests_field()
    districts = districts_field()
    language = language_field()

    def __init__(self, *args, wants_sms: bool = False, **kwargs):
        super().__init__(*args, prefix="uppgifter", **kwargs)
        self.wants_sms = wants_sms
        if not wants_sms:
            del self.phone  # the number is kept only for text messages

    def validate_phone(self, field) -> None:
        require_mobile(field, _l("Enter your mobile number, or withdraw text messages first."))


class EmailForm(PortalForm):
    email = email_field()

    def __init__(self, *args, current: str = "", **kwargs):
        super().__init__(*args, prefix="epost", **kwargs)
        self.current = current

    def validate_email(self, field) -> None:
        if field.data and field.data.strip().lower() == self.current:
            raise ValidationError(_l("This is the address we already use."))


class GiveAgainForm(PortalForm):
    """Purposes the person has not (or no longer) agreed to; labels are the full wordings."""

    purposes = MultiCheckboxField(validate_choice=False)
    phone = StringField(_l("Mobile number"))

    def __init__(self, *args, offered: list[str], needs_phone: bool, wording, **kwargs):
        super().__init__(*args, prefix="samtycke", **kwargs)
        self.purposes.choices = [(p, wording(p)) for p in offered]
        self.needs_phone = needs_phone and Purpose.SMS_REMINDERS in offered
        if not self.needs_phone:
            del self.phone

    def validate_purposes(self, field) -> None:
        field.data = [p for p in field.data or [] if p in dict(field.choices)]
        if not field.data:
            raise ValidationError(_l("Choose at least one thing we may contact you about."))

    def validate_phone(self, field) -> None:
        if Purpose.SMS_REMINDERS not in (self.purposes.data or []):
            field.data = None
            return
        require_mobile(field, _l("Enter your mobile number, or untick text messages."))
