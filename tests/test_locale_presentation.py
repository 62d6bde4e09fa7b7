"""lang and dir come from one place (portal/i18n.py) through one macro; no template lists the
right-to-left languages itself."""

from pathlib import Path

from portal.i18n import LOCALES
from tests.helpers import page

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def test_no_template_lists_the_right_to_left_languages():
    rtl = [code for code, locale in LOCALES.items() if locale.direction == "rtl"]
    listed = [f"('{rtl[0]}', '{rtl[1]}')", f'("{rtl[0]}", "{rtl[1]}")']
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.*")
        if any(text in path.read_text(encoding="utf-8") for text in listed)
    ]
    assert not offenders


def test_every_language_link_and_page_carries_its_direction(client, session):
    soup = page(client.get("/ar/"))
    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl")
    links = {a["lang"]: a["dir"] for a in soup.select(".language-switcher a")}
    assert links == {code: locale.direction for code, locale in LOCALES.items()}


def test_templates_name_languages_through_one_variable():
    """Language names reach every template as `locale_names` (code -> the language's own
    name), from i18n; no view or template keeps a copy under another name."""
    other_names = ("language_names", "preview_locales")
    offenders = [
        str(path)
        for folder in (TEMPLATES, TEMPLATES.parent / "portal")
        for path in folder.rglob("*.*")
        if path.suffix in {".html", ".txt", ".py"}
        and any(name in path.read_text(encoding="utf-8") for name in other_names)
    ]
    assert not offenders


def test_the_contact_summary_names_the_chosen_language_in_that_language(app):
    with app.test_request_context("/sv/"):
        from flask import render_template_string

        assert render_template_string("{{ locale_names['uk'] }}") == LOCALES["uk"].name
