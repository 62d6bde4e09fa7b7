"""The bare `/`: send the reader to the start page in the language their browser asks for."""

from flask import Blueprint, redirect, url_for

from portal.i18n import best_locale_for_request

bp = Blueprint("root", __name__)


@bp.get("/")
def index():
    response = redirect(url_for("catalog.start", lang_code=best_locale_for_request()))
    response.vary.add("Accept-Language")
    return response
