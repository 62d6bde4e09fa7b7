"""The answer form: two buttons, "I'm coming" and "I can't come", and the CSRF token."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import RadioField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf

from portal.forms import PortalForm
from portal.models.recruitment import Answer


class AnswerForm(PortalForm):
    answer = RadioField(
        choices=[SelectChoice(Answer.COMING.value, ""), SelectChoice(Answer.NOT_COMING.value, "")],
        validate_choice=False,
        validators=[
            AnyOf(
                [Answer.COMING.value, Answer.NOT_COMING.value],
                message=_l("Choose whether you are coming."),
            )
        ],
    )
