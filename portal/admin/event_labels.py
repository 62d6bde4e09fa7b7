"""What staff read for the codes stored in the audit log and on revisions: the stored code stays
stable (filters, exports, tests), the page shows a translated label; an unknown code is shown as
it is rather than hidden."""

from __future__ import annotations

import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

AUDIT_ACTIONS = {
    "access_denied": _l("Access refused"),
    "account_locked": _l("Account locked"),
    "consents_exported": _l("Contact list exported"),
    "district_created": _l("District created"),
    "district_deleted": _l("District deleted"),
    "district_edited": _l("District edited"),
    "draft_discarded": _l("Draft discarded"),
    "draft_published": _l("Draft published"),
    "draft_saved": _l("Draft saved"),
    "employer_created": _l("Employer created"),
    "employer_deleted": _l("Employer deleted"),
    "employer_edited": _l("Employer edited"),
    "field_edited": _l("Field page edited"),
    "mailing_approved": _l("Mailing approved"),
    "mailing_cancelled": _l("Mailing cancelled"),
    "mailing_sent": _l("Mailing sent"),
    "mailing_test_sent": _l("Test mailing sent"),
    "occupation_edited": _l("Occupation edited"),
    "password_changed": _l("Password changed"),
    "password_link_made": _l("Password link made"),
    "password_set_by_link": _l("Password set with a link"),
    "programme_created": _l("Programme created"),
    "programme_edited": _l("Programme edited"),
    "programme_published": _l("Programme published"),
    "programme_unpublished": _l("Programme unpublished"),
    "programme_archived": _l("Programme archived"),
    "programme_restored": _l("Programme restored to an earlier version"),
    "programme_bulk_unpublish": _l("Programme unpublished (several at once)"),
    "programme_bulk_archive": _l("Programme archived (several at once)"),
    "programme_bulk_copy_intakes": _l("Starts copied to the next term (several at once)"),
    "provider_created": _l("Provider created"),
    "provider_deleted": _l("Provider deleted"),
    "provider_edited": _l("Provider edited"),
    "recruitment_day_cancelled": _l("Recruitment day cancelled"),
    "recruitment_day_coming_exported": _l("List of people coming to a recruitment day exported"),
    "recruitment_day_coming_viewed": _l("List of people coming to a recruitment day viewed"),
    "recruitment_day_invited": _l("Invitation to a recruitment day written"),
    "recruitment_day_saved": _l("Recruitment day saved"),
    "session_expired": _l("Session ended"),
    "sign_in": _l("Signed in"),
    "sign_in_failed": _l("Sign-in failed"),
    "two_factor_changed": _l("Two-step sign-in changed"),
    "user_changed": _l("User changed"),
    "user_created": _l("User created"),
}

REVISION_SUMMARIES = {
    "baseline": _l("First saved version"),
    "created": _l("Created"),
    "edited": _l("Edited"),
    "deleted": _l("Deleted"),
    "published": _l("Published"),
    "unpublished": _l("Unpublished"),
    "archived": _l("Archived"),
    "published draft": _l("Draft published"),
    "intakes copied": _l("Starts copied to the next term"),
    "cancelled": _l("Cancelled"),
}
RESTORED = re.compile(r"^restored revision (\d+)$")


def audit_action_label(code: str) -> str:
    return str(AUDIT_ACTIONS.get(code, code))


def revision_label(summary: str) -> str:
    if restored := RESTORED.match(summary):
        return _("Restored from version %(num)s", num=int(restored.group(1)))
    return str(REVISION_SUMMARIES.get(summary, summary))
