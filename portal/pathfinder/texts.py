"""The questions the path finder asks, and their choices, in the reader's language."""

import tomllib
from pathlib import Path

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from portal.catalog.labels import LEVEL_LABELS
from portal.pathfinder.questions import ANYWHERE, SWEDISH, UNSURE

QUESTIONS = {
    "svenska": (
        _l("How much Swedish do you have now?"),
        _l("Choose the sfi course you are at, or the highest you have finished."),
    ),
    "skola": (
        _l("How many years did you go to school?"),
        _l("Count every year in any country, from your first school year."),
    ),
    "mal": (
        _l("What kind of work do you want?"),
        _l("If you do not know yet, we show where most people are needed."),
    ),
    "takt": (
        _l("Do you want to study full time or part time?"),
        _l("Part time can fit with work or children."),
    ),
    "var": (
        _l("Where in Stockholm do you want to study?"),
        _l("Some programmes are remote: we show those wherever you live."),
    ),
    "lage": (
        _l("Is any of this true for you?"),
        _l("Some programmes are made for these groups."),
    ),
}

STATIC_CHOICES = {
    "svenska": {value: LEVEL_LABELS[level] for value, level in SWEDISH.items()},
    "skola": {
        "0-6": _l("0 to 6 years"),
        "7-12": _l("7 to 12 years"),
        "13-": _l("More than 12 years"),
    },
    "takt": {
        "heltid": _l("Full time"),
        "deltid": _l("Part time"),
        "alla": _l("Either is fine"),
    },
    "lage": {
        "yrke": _l("I have a profession or a degree from another country"),
        "foraldraledig": _l("I am on parental leave"),
        "inget": _l("None of these"),
    },
}
UNSURE_LABEL = _l("I don't know yet")
ANYWHERE_LABEL = _l("Anywhere, or remote")
SUMMARY_LABELS = {
    "svenska": _l("Swedish"),
    "skola": _l("School"),
    "mal": _l("Work"),
    "takt": _l("Pace"),
    "var": _l("Place"),
    "lage": _l("Situation"),
}


WORDS = {
    "finder": _l("Which path fits me?"),
    "route": _l("Your route to work"),
    "lead": _l(
        "Based on your answers. It is a suggestion: a study and career counsellor can help you "
        "choose."
    ),
    "now": _l("Start now"),
    "next": _l("Next"),
    "job": _l("The job at the end"),
    "who_can_study": _l("Who can study"),
    "sfi_rule": _l(
        "Sfi is for everyone who is registered as living in Stockholm and needs to learn basic "
        "Swedish. It is free."
    ),
    "komvux_rule": _l(
        "Komvux is for adults who live in Stockholm: from the second half of the year you turn "
        "20, or earlier if you have finished upper secondary school. It is free."
    ),
    "talk": _l("Who to talk to"),
}


def easy() -> dict:
    """The lättläst variant's Swedish texts (portal/pathfinder/easy.toml)."""
    return tomllib.loads(Path(__file__).with_name("easy.toml").read_text("utf-8"))


def question_texts(name: str, easy_read: bool) -> tuple:
    if easy_read:
        q = easy()["questions"][name]
        return q["title"], q["hint"]
    return QUESTIONS[name]


def words(easy_read: bool, guidance: str) -> dict:
    if easy_read:
        return easy()["words"]
    found = dict(WORDS)
    found["talk_text"] = _(
        "The study and career counsellors at %(place)s help you choose and apply, on site or "
        "online. It costs nothing.",
        place=guidance,
    )
    return found


def choice_list(name: str, fields: list, districts: list, areas: dict, field_name, place_name):
    """(value, label) pairs for question `name`, in the order a reader scans them."""
    if name in STATIC_CHOICES:
        return list(STATIC_CHOICES[name].items())
    if name == "mal":
        return [(f.slug, field_name(f)) for f in fields] + [(UNSURE, UNSURE_LABEL)]
    if name == "var":
        places = [(slug, area["name"]) for slug, area in areas.items()]
        places += [(d.slug, place_name(d)) for d in districts]
        return places + [(ANYWHERE, ANYWHERE_LABEL)]
    raise KeyError(name)
