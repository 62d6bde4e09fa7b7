"""The path finder's words: why a programme is on the route, in the reader's language."""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from portal.catalog.labels import KIND_LABELS, LEVEL_LABELS, REQUIREMENT_LABELS
from portal.pathfinder.rules import Reason

SFI_COURSES = {1: "A, B, C, D", 2: "B, C, D", 3: "C, D"}

PLAIN = {
    "parents": _l(
        "Made for parents on parental leave: part time, with other parents, near where you live."
    ),
    "sfx": _l(
        "Sfx is Swedish for people with a profession: you learn the Swedish of your own "
        "occupation together with others from it, which shortens the way to work here."
    ),
    "no_swedish_needed": _l("You need no Swedish to start, so you can begin now."),
    "after": _l("A good next step once you have finished the first part of your route."),
    "elsewhere": _l(
        "Nothing fitting starts where you wished, so these are in other parts of the city or "
        "remote."
    ),
    "other_pace": _l("Nothing fitting goes at the pace you wished, so these go at another pace."),
    "nothing_now": _l(
        "Nothing in the catalogue fits all your answers right now. That happens, and it does "
        "not mean there is no way: start with Swedish, and talk to a study and career "
        "counsellor, who knows about starts that are not listed yet."
    ),
    "swedish_first": _l(
        "The programmes in the field you chose ask for more Swedish than you have now. Start with "
        "Swedish: they are in the next step of your route."
    ),
}


def say(reason: Reason) -> str:
    if reason.key in PLAIN:
        return str(PLAIN[reason.key])
    if reason.key == "sfi_path":
        (path,) = reason.values
        return _(
            "Sfi has three study paths, by how many years you went to school. Yours is study "
            "path %(path)s, with courses %(courses)s.",
            path=path,
            courses=SFI_COURSES[path],
        )
    if reason.key == "level_reached":
        kind, needed, have = reason.values
        return _(
            "%(kind)s. It asks for: %(requirement)s. You have: %(level)s. So you can begin now.",
            kind=KIND_LABELS[kind],
            requirement=REQUIREMENT_LABELS[needed],
            level=LEVEL_LABELS[have],
        )
    if reason.key == "when_level":
        (needed,) = reason.values
        return _(
            "You can start this when your Swedish reaches: %(requirement)s.",
            requirement=REQUIREMENT_LABELS[needed],
        )
    raise KeyError(reason.key)
