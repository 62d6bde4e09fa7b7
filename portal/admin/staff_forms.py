"""Forms for staff accounts: a new account, and the first password chosen through a link."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length


class NewStaffForm(FlaskForm):
    email = StringField(
        _l("E-mail address"),
        validators=[
            DataRequired(message=_l("Write the person's e-mail address.")),
            Length(max=254, message=_l("Write at most %(max)d characters.")),
            Email(message=_l("Write an e-mail address like namn@stockholm.se.")),
        ],
        render_kw={"dir": "ltr"},
    )


class FirstPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"), validators=[DataRequired(message=_l("Choose a password."))]
    )
    password_confirm = PasswordField(
        _l("New password again"),
        validators=[EqualTo("password", message=_l("The two new passwords are not the same."))],
    )


def errors_of(form: FlaskForm) -> list[tuple[str, str]]:
    """(field id, message) pairs for the error summary."""
    return [(f.id, str(e)) for f in form if f.name != "csrf_token" for e in f.errors]
