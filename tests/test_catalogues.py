"""Every locale's UI catalogue is complete: no untranslated, fuzzy or broken entries."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from portal.i18n import LOCALES

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")


def catalogue(code):
    with open(ROOT / "translations" / code / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle, locale=code)


def template_ids():
    with open(ROOT / "translations" / "messages.pot", "rb") as handle:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}


@pytest.mark.parametrize("code", list(LOCALES))
def test_catalogue_is_complete(code):
    problems = []
    for message in catalogue(code):
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if "fuzzy" in message.flags:
            problems.append(f"fuzzy: {ids[0]!r}")
        if not all(s and s.strip() for s in strings):
            problems.append(f"untranslated: {ids[0]!r}")
        wanted = sorted(PLACEHOLDER.findall(ids[0]))
        for string in strings:
            if string and sorted(PLACEHOLDER.findall(string)) != wanted:
                problems.append(f"placeholders differ: {ids[0]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", list(LOCALES))
def test_catalogue_has_every_message_of_the_template(code):
    have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue(code) if m.id}
    missing = template_ids() - have
    assert not missing, f"run `make extract-messages`; missing in {code}: {sorted(missing)[:5]}"


def test_template_is_up_to_date_with_the_code():
    """Every marked string in code and templates is in messages.pot, else it is never translated."""
    from babel.messages.extract import extract_from_dir

    method_map = [
        ("portal/**.py", "python"),
        ("templates/**.html", "jinja2"),
        ("templates/**.txt", "jinja2"),
    ]
    options = {"templates/**.html": {"trimmed": "true"}, "templates/**.txt": {"trimmed": "true"}}
    found = {
        msg if isinstance(msg, str) else msg[0]
        for _f, _l, msg, _c, _ctx in extract_from_dir(
            str(ROOT),
            method_map,
            options,
            keywords={
                "_": None,
                "_l": None,
                "gettext": None,
                "lazy_gettext": None,
                "ngettext": (1, 2),
            },
        )
    }
    missing = found - template_ids()
    assert not missing, f"run `make extract-messages`: {sorted(missing)[:5]}"
