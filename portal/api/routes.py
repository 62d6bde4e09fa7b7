from flask import abort, jsonify, request
from werkzeug.exceptions import BadRequest

from portal import clock
from portal.api import bp, serialize
from portal.catalog.filters import SearchFilters
from portal.catalog.queries import load_cards, published_programme, vocabulary
from portal.catalog.search import search
from portal.i18n import LOCALES
from portal.request_checks import ascii_int

MAX_PAGE_SIZE = 100
PARAMETERS = {
    "lang",
    "q",
    "typ",
    "omrade",
    "niva",
    "form",
    "takt",
    "stadsdel",
    "inom",
    "oppen",
    "sort",
    "sida",
    "per_sida",
}


class BadParameter(BadRequest):
    """Answered as JSON by portal/errors.py, like every error under /api/."""


@bp.after_request
def open_data_headers(response):
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.vary.add("Accept-Language")
    return response


def _locale() -> str:
    lang = request.args.get("lang", "sv")
    if lang not in LOCALES:
        raise BadParameter(f"lang must be one of: {', '.join(LOCALES)}")
    return lang


def _checked_filters(vocab) -> tuple[SearchFilters, int]:
    """The page ignores values it does not know; the API refuses them, naming the parameter."""
    args = request.args
    unknown = set(args) - PARAMETERS
    if unknown:
        raise BadParameter(f"unknown parameter: {sorted(unknown)[0]}")
    f = SearchFilters.from_args(args, set(vocab.field_ids_by_slug), set(vocab.district_ids_by_slug))
    understood: dict[str, list] = {
        "typ": f.kinds,
        "omrade": f.fields,
        "form": f.formats,
        "stadsdel": f.districts,
        "takt": f.paces,
        "niva": [f.level],
        "inom": [f.within],
        "sida": [f.page],
        "sort": [f.sort],
        "oppen": ["1" if f.open_now else "0"],
    }
    for name, kept in understood.items():
        if name in args and set(args.getlist(name)) != {str(v) for v in kept}:
            raise BadParameter(f"{name}: unknown or malformed value")
    per_page = ascii_int(args.get("per_sida", "20"))
    if per_page is None or not 1 <= per_page <= MAX_PAGE_SIZE:
        raise BadParameter(f"per_sida: a whole number from 1 to {MAX_PAGE_SIZE}")
    return f, per_page


@bp.get("/programmes")
def programmes():
    locale, today, vocab = _locale(), clock.today(), vocabulary()
    filters, per_page = _checked_filters(vocab)
    result = search(
        filters,
        locale,
        today,
        vocab.field_ids_by_slug,
        vocab.district_ids_by_slug,
        page_size=per_page,
    )
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
    locale, today = _locale(), clock.today()
    found = published_programme(slug)
    if found is None:
        abort(404, description="No published programme has that slug.")
    (card,) = load_cards([found.id], locale, today)
    return jsonify(serialize.detail(card, locale, vocabulary(), today))
