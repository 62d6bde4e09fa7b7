"""Error pages in the reader's language; for htmx requests the same message as a fragment.

A fragment is retargeted to the page's alert region (#htmx-error in base.html), so an error
never replaces the part of the page the reader was working in, and is announced.
"""

from flask import Flask, Response, jsonify, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError, MethodNotAllowed

from portal.htmx import is_htmx_request, render

# code -> (title, what happened, what to do next)
MESSAGES = {
    400: (
        _l("The request could not be handled"),
        _l("Something in the request was not as we expected."),
        _l("Go back and try again. If it keeps happening, start again from the start page."),
    ),
    403: (
        _l("You do not have access to this page"),
        _l("This page needs a permission that your account does not have."),
        _l("If you think you should have access, contact the person who manages your account."),
    ),
    404: (
        _l("We could not find the page"),
        _l("The address may be mistyped, or the page may have been moved or removed."),
        _l("Check the address, or find your way from the start page."),
    ),
    405: (
        _l("The request could not be handled"),
        _l("This page cannot be used in that way."),
        _l("Go back and try again. If it keeps happening, start again from the start page."),
    ),
    413: (
        _l("Too much to send"),
        _l("What you tried to send is larger than this service accepts."),
        _l("Shorten the text and send it again."),
    ),
    429: (
        _l("Too many attempts"),
        _l("You have made many requests in a short time. This protects the service and you."),
        _l("Wait a few minutes and try again."),
    ),
    500: (
        _l("Something went wrong on our side"),
        _l("The service could not complete your request. Nothing you entered has been lost."),
        _l("Try again in a little while."),
    ),
}

CSRF_MESSAGE = (
    _l("The form has expired"),
    _l("For your security, forms stop working after a while or when cookies are blocked."),
    _l(
        "Reload the page and send the form again. "
        "Allow cookies for this site if you have blocked them."
    ),
)


def render_error(code: int, message: tuple) -> Response:
    title, reason, advice = message
    response = render(
        "errors/error.html",
        block="error",
        status=code,
        code=code,
        title=title,
        reason=reason,
        advice=advice,
    )
    if is_htmx_request():
        response.headers["HX-Retarget"] = "#htmx-error"
        response.headers["HX-Reswap"] = "innerHTML"
    return response


API_PREFIX = "/api/"


def api_error(error: HTTPException) -> Response:
    """Every error of the open-data API has one JSON shape: {"error": ..., "message": ...}."""
    name = (error.name or "error").lower().replace(" ", "_")
    response = jsonify(error=name, message=error.description)
    response.status_code = error.code or 500
    return response


def _answer(error: HTTPException) -> Response:
    if request.path.startswith(API_PREFIX):
        response = api_error(error)
    else:
        code = error.code or 500
        response = render_error(code, MESSAGES[code])
    if isinstance(error, MethodNotAllowed) and error.valid_methods:
        response.headers["Allow"] = ", ".join(error.valid_methods)
    return response


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> Response:
        return render_error(400, CSRF_MESSAGE)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response | HTTPException:
        if error.code not in MESSAGES:
            return error  # e.g. redirects raised as exceptions pass through untouched
        return _answer(error)

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError) -> Response:
        # Flask has already logged the original exception; the reader sees no traceback.
        return _answer(InternalServerError())
