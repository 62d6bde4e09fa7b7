"""Which recruitment days the job-invitation consent covers, and which can be invited to.

People agree to "invitations to job tracks (jobbspår) and recruitment days in elderly care"
(contact/texts.py), so a day is covered when one of its employers works in elderly care. Only
covered days can be invited to, by a mailing or through "I'm interested". Inviting to other
days would take a new, wider consent text, and this rule still for those who agreed to this one.
"""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l

from portal.models.catalog import EmployerKind
from portal.models.recruitment import RecruitmentDay

ELDERLY_CARE = frozenset({EmployerKind.CARE_HOME, EmployerKind.HOME_CARE})
# For staff: why a day cannot be invited to.
NOT_COVERED = _l(
    "People agreed to invitations to recruitment days in elderly care. This day has no "
    "employer in elderly care (home care or a care home), so no one can be invited to it."
)


def covers(day: RecruitmentDay) -> bool:
    return any(employer.kind in ELDERLY_CARE for employer in day.employers)


def invitable(day: RecruitmentDay, today: date) -> bool:
    """Still ahead, not cancelled, and covered by what people agreed to."""
    return not day.cancelled and day.day >= today and covers(day)
