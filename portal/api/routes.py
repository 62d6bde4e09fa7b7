from typing import Any

from flask import abort, jsonify, request
from werkzeug.exceptions import BadRequest

from portal import clock
from portal.api import bp, serialize
from portal.catalog.filters import SearchFilters
from portal.catalog.parameters import BY_NAME, PARAMETERS, SEARCH_PARAMETERS
from portal.catalog.queries import Vocabulary, load_cards, published_programme, vocabulary
from portal.catalog.search import search

# Which parameters each endpoint takes (the OpenAPI document is built from this too).
ENDPOINT_PARAMETERS = {
    "api.programmes": tuple(p.name for p in PARAMETERS),
    "api.programme": ("lang",),
}


class BadParameter(BadRequest):
    """Answered as JSON by portal/errors.py, like every error under /api/."""


@bp.after_request
def open_data_headers(response):
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.vary.add("Accept-Language")
    return response


def checked_parameters(vocab: Vocabulary) -> dict[str, Any]:
    """Every parameter of this endpoint, by name. The page leaves out values it does not
    know; the API refuses them, naming the parameter."""
    names = ENDPOINT_PARAMETERS[request.endpoint or ""]
    unknown = sorted(set(request.args) - set(names))
    if unknown:
        raise BadParameter(f"unknown parameter: {unknown[0]}")
    values = {}
    for name in names:
        parameter = BY_NAME[name]
        value, understood = parameter.read(request.args.getlist(name), vocab)
        if not understood:
            raise BadParameter(parameter.describe())
        values[name] = value
    return values


@bp.get("/programmes")
def programmes():
    today, vocab = clock.today(), vocabulary()
    given = checked_parameters(vocab)
    locale, per_page = given["lang"], given["per_sida"]
    filters = SearchFilters(**{p.attr: given[p.name] for p in SEARCH_PARAMETERS})
    result = search(filters, locale, today, vocab, page_size=per_page)
    cards = load_cards(result.ids, locale, today)
    return jsonify(
        items=[serialize.summary(c, locale, vocab, today) for c in cards],
        total=result.total,
        page=result.page,
        pages=result.pages,
        per_page=per_page,
    )


@bp.get("/programmes/<slug>")
def programme(slug: str):
    today, vocab = clock.today(), vocabulary()
    locale = checked_parameters(vocab)["lang"]
    found = published_programme(slug)
    if found is None:
        abort(404, description="No published programme has that slug.")
    (card,) = load_cards([found.id], locale, today)
    return jsonify(serialize.detail(card, locale, vocab, today))
