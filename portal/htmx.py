"""The one way a view answers: the whole page, or only a named block of it for htmx.

A template is a full page; the parts htmx refreshes are `{% block %}`s inside it. Views pass
the block name and never look at element ids or HX-Target.
"""

from flask import Response, make_response, redirect, render_template, request
from jinja2_fragments.flask import render_block
from werkzeug.wrappers import Response as BaseResponse


def is_htmx_request() -> bool:
    # A history restore (Back after the cache missed) must get the whole page.
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def render(template: str, block: str | None = None, status: int = 200, **context) -> Response:
    """Render `template`; for an htmx request and a given `block`, render just that block.

    Templates get `fragment` (true when only the block is sent), e.g. to add out-of-band parts.
    Imports a block needs must be inside the block: a block rendered alone skips the rest.
    """
    if block and is_htmx_request():
        body = render_block(template, block, fragment=True, **context)
    else:
        body = render_template(template, fragment=False, **context)
    response = make_response(body, status)
    response.vary.add("HX-Request")
    return response


def redirect_to(url: str) -> BaseResponse:
    """After a POST that succeeded: a real redirect (303) for a plain form, HX-Redirect for
    htmx, which would otherwise follow a redirect and swap a whole page into its target."""
    if is_htmx_request():
        response = make_response("", 200)
        response.headers["HX-Redirect"] = url
        return response
    return redirect(url, code=303)
