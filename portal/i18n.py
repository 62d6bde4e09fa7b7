"""Locales: which exist, how the URL carries them, and how a reader's language is chosen."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from flask import Flask, abort, current_app, g, request, session, url_for


@dataclass(frozen=True)
class Locale:
    code: str
    name: str  # the language's name in that language, as the switcher shows it
    direction: str = "ltr"


LOCALES: dict[str, Locale] = {
    loc.code: loc
    for loc in (
        Locale("sv", "Svenska"),
        Locale("en", "English"),
        Locale("fi", "Suomi"),
        Locale("ar", "العربية", "rtl"),
        Locale("fa", "فارسی", "rtl"),
        Locale("so", "Soomaali"),
        Locale("ti", "ትግርኛ"),
        Locale("uk", "Українська"),
    )
}
LOCALE_NAMES = {code: locale.name for code, locale in LOCALES.items()}
DEFAULT_LOCALE = "sv"
ADMIN_LOCALES = tuple(LOCALES)  # staff may read the administration in any of the locales


def best_locale_for_request() -> str:
    """The supported locale the browser prefers most, else Swedish."""
    return request.accept_languages.best_match(LOCALES, default=DEFAULT_LOCALE)


def current_locale() -> str:
    """The locale of this request: from the URL when it names one, else the browser's choice."""
    code = g.get("lang_code") or locale_from_path(request.path)
    if code in LOCALES:
        return code
    if request.path.startswith("/admin"):
        # The administration is Swedish, or any other locale a staff member chooses.
        return session.get("admin_lang", DEFAULT_LOCALE)
    return best_locale_for_request()


def swedish_only() -> None:
    """404 outside /sv/: for Swedish-only content variants such as lättläst."""
    if current_locale() != DEFAULT_LOCALE:
        abort(404)


def locale_from_path(path: str) -> str | None:
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in LOCALES else None


EASY = "lattlast"  # the last path word of a page's easy-to-read Swedish variant


def switch_locale_url(code: str) -> str:
    """The same page and query in another locale; the start page when there is no such page.
    From an easy-to-read Swedish page, other locales get the same page's normal version."""
    endpoint = request.endpoint
    if endpoint and current_app.url_map.is_endpoint_expecting(endpoint, "lang_code"):
        # Built from the path and an encoded query, never url_for(**request.args): url_for
        # reads keys such as _anchor, _method or _external (with the Host header) itself.
        rest = request.path.split("/", 2)[2] if request.path.count("/") > 1 else ""
        if code != DEFAULT_LOCALE and (rest == EASY or rest.endswith(f"/{EASY}")):
            rest = rest.removesuffix(EASY).removesuffix("/")  # lättläst is Swedish only
        url = quote(f"{request.script_root}/{code}/{rest}")
        query = urlencode(list(request.args.items(multi=True)))
        return f"{url}?{query}" if query else url
    return url_for("catalog.start", lang_code=code)


# For blueprint prefixes: only supported locales match, so /xx/ is an ordinary 404.
LOCALE_PREFIX = "/<any({}):lang_code>".format(",".join(LOCALES))


def text_direction(code: str) -> str:
    """ "rtl" or "ltr" for a locale code (templates use the lang_dir macro)."""
    return LOCALES[code].direction if code in LOCALES else "ltr"


LRI, PDI = "\u2066", "\u2069"  # LEFT-TO-RIGHT ISOLATE, POP DIRECTIONAL ISOLATE


def isolate_ltr(text: str, code: str) -> str:
    """`text` that reads left to right (a time range, an address, a link) kept in its order
    inside plain text in a right-to-left locale: without the isolates, Arabic or Persian
    around it reorders "09:00-12:00" into "12:00-09:00". Other locales get `text` as it is.
    Plain text only (e-mail text parts, SMS); HTML uses <bdi> or dir="ltr"."""
    return f"{LRI}{text}{PDI}" if text and text_direction(code) == "rtl" else text


def init_app(app: Flask) -> None:
    app.add_template_global(text_direction)

    @app.url_value_preprocessor
    def pull_lang_code(endpoint, values):
        if values and "lang_code" in values:
            g.lang_code = values.pop("lang_code")

    @app.url_defaults
    def add_lang_code(endpoint, values):
        if "lang_code" in values or not app.url_map.is_endpoint_expecting(endpoint, "lang_code"):
            return
        values["lang_code"] = current_locale()

    @app.context_processor
    def locale_context():
        code = current_locale()
        return {
            "locales": LOCALES.values(),
            # code -> the language's own name: the one way templates name a language
            "locale_names": LOCALE_NAMES,
            "current_locale": LOCALES[code],
            "switch_locale_url": switch_locale_url,
        }
