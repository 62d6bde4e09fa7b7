"""Words the administration shows for coded values, in the staff member's language."""

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

STATUS_LABELS = {"draft": _l("Draft"), "published": _l("Published"), "archived": _l("Archived")}
STATE_LABELS = {
    "missing": _l("Missing"),
    "stale": _l("Older than the Swedish"),
    "unreviewed": _l("Not checked by a person"),
    "ok": _l("Up to date"),
}
SAVED_LABELS = {
    "save": _l("Saved."),
    "publish": _l("Saved and published."),
    "unpublish": _l("Saved and unpublished: the programme is a draft again."),
    "archive": _l("Saved and archived."),
    "restore": _l("The version is restored."),
    "draft": _l(
        "Saved as a prepared change. The published version stays live until you publish it."
    ),
    "discard": _l("The prepared change is discarded."),
}
SORT_LABELS = {
    "title": _l("Title, A to Ö"),
    "-title": _l("Title, Ö to A"),
    "updated": _l("Latest changed first"),
    "-updated": _l("Oldest changed first"),
    "status": _l("Status"),
}
DIFF_LABELS = {"added": _l("New"), "removed": _l("Removed")}
ROLE_LABELS = {
    "editor": _l("Editor"),
    "contact_officer": _l("Contact officer"),
    "administrator": _l("Administrator"),
}

# What each role lets a person do, said on their start page.
ROLE_ABILITIES = {
    "editor": _l(
        "You edit programmes, their translations and starts, prepare changes and publish them; "
        "you keep field pages, occupations, providers, employers, districts and recruitment "
        "days up to date."
    ),
    "contact_officer": _l(
        "You follow consent statistics and export the people who agreed to be contacted; you "
        "write mailings and approve other people's, invite people to recruitment days and see "
        "who is coming."
    ),
    "administrator": _l(
        "You create staff accounts, give roles and read the audit log; you write mailings and "
        "approve other people's, invite people to recruitment days and see who is coming."
    ),
}


def password_error(field: str, message: str) -> str:
    """Flask-Security's password messages, said in our words and languages."""
    if field == "password":
        return _("The current password is wrong.")
    if field == "new_password_confirm":
        return _("The two new passwords are not the same.")
    return _(
        "The new password needs at least %(num)s characters and must not be common or easy to "
        "guess.",
        num=current_app.config["SECURITY_PASSWORD_LENGTH_MIN"],
    )


def admin_helpers() -> dict:
    from portal.admin import event_labels
    from portal.contact.texts import INTEREST_LABELS

    return {
        "status_labels": STATUS_LABELS,
        "state_labels": STATE_LABELS,
        "saved_labels": SAVED_LABELS,
        "diff_labels": DIFF_LABELS,
        "role_labels": ROLE_LABELS,
        "audit_action_label": event_labels.audit_action_label,
        "revision_label": event_labels.revision_label,
        "role_abilities": ROLE_ABILITIES,
        "password_error": password_error,
        "interest_labels": INTEREST_LABELS,
    }
