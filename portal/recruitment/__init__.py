"""Recruitment days (rekryteringsträffar): the public list and day pages, the answer page an
invitation links to, and the logic the administration uses (editor, invitations, notices,
reminders).

- `queries`: days for the public pages; `structured_data`: their schema.org Event.
- `rsvp`: answering through the signed link; `editor`: saving and cancelling a day.
- `invitations`: the mailing that invites to a day; `notices`: cancelled or moved days;
  `reminders`: the SMS the day before (`flask --app portal reminders send-due`);
  `messages`: what those messages say.
"""

from flask import Blueprint

from portal.i18n import LOCALE_PREFIX

bp = Blueprint("recruitment", __name__, url_prefix=LOCALE_PREFIX)

from portal.recruitment import routes  # noqa: E402,F401  (registers the views)
