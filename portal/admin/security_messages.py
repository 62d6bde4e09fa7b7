"""Flask-Security's flashed messages in the portal's words, translated by our catalogue.

Flask-Security looks its messages up in the gettext domain SECURITY_I18N_DOMAIN names; its own
catalogue has no Swedish, so it is pointed at ours, and the messages staff can meet on a page
get our wording (a message not listed here stays Flask-Security's English). The layouts show
flashed messages (templates/components/flashes.html).
"""

from __future__ import annotations

from flask import Flask


def N_(text: str) -> str:
    """Marks text for extraction only; Flask-Security translates it when it flashes it."""
    return text


MESSAGES = {
    "UNAUTHENTICATED": (N_("Sign in to continue."), "info"),
    "REFRESH": (N_("Confirm it is you to continue."), "info"),
    "REAUTHENTICATION_SUCCESSFUL": (N_("Thank you. You have confirmed it is you."), "success"),
    "UNAUTHORIZED": (N_("Your role does not give access to that page."), "error"),
    "INVALID_REDIRECT": (N_("That link leads outside the portal and was not followed."), "error"),
    "PASSWORD_CHANGE": (N_("Your password has been changed."), "success"),
    "TWO_FACTOR_LOGIN_SUCCESSFUL": (N_("You are signed in."), "success"),
    "TWO_FACTOR_CHANGE_METHOD_SUCCESSFUL": (N_("Two-step sign-in is set up."), "success"),
    "TWO_FACTOR_DISABLED": (N_("Two-step sign-in is turned off."), "success"),
    "TWO_FACTOR_PERMISSION_DENIED": (
        N_("Start again: sign in with your e-mail address and password."),
        "error",
    ),
}


def configure(app: Flask) -> None:
    app.config.setdefault("SECURITY_I18N_DOMAIN", "messages")
    app.config.setdefault("SECURITY_I18N_DIRNAME", app.config["BABEL_TRANSLATION_DIRECTORIES"])
    for key, message in MESSAGES.items():
        app.config.setdefault(f"SECURITY_MSG_{key}", message)
