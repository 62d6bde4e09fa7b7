"""A way in from every programme, fitting its kind.

Komvux (with sfi, SVA and everything the city's adult education runs) and yrkeshögskola are
applied for with a form, so they need an application link; sfx is applied for through the
region's common admission, so it needs that link; a jobbspår goes through Jobbtorg Stockholm or
the employer, so it needs whom to contact and at least one way to reach them. Publishing
refuses a programme for which `way_in_problems` finds anything missing.
"""

from __future__ import annotations

from typing import NamedTuple

from flask_babel import lazy_gettext as _l

from portal.models.catalog import Kind, Programme

# What the "How to apply" box says, by kind. One text per way of applying.
APPLICATION_FORM_KINDS = {
    Kind.SFI,
    Kind.SFI_JOBB,
    Kind.SVA,
    Kind.KOMVUX_GRUNDLAGGANDE,
    Kind.KOMVUX_GYMNASIAL,
    Kind.KOMVUX_SARSKILD,
    Kind.KOMBINATIONSUTBILDNING,
    Kind.YRKESUTBILDNING,
    Kind.LARLING,
}

HOW_TO_APPLY = {
    "komvux": _l(
        "You apply on the City of Stockholm's adult education site. Studies in komvux and sfi "
        "are free of charge. A study and career counsellor at Vuxenutbildningscentrum can help "
        "you apply."
    ),
    Kind.YRKESHOGSKOLA: _l(
        "You apply to the school that runs the programme, through its application form. "
        "Yrkeshögskola is free of charge and gives the right to student finance from CSN."
    ),
    Kind.SFX: _l(
        "Sfx is for the whole Stockholm region: you apply through the region's common admission "
        "for sfx, with your certificates from your profession."
    ),
    Kind.JOBBSPAR: _l(
        "A job track has no application form. You sign up through the contact below, who checks "
        "with you that the track fits and tells you when the next group starts."
    ),
}


def how_to_apply(kind: str):
    return HOW_TO_APPLY.get(kind) or HOW_TO_APPLY["komvux"]


class Problem(NamedTuple):
    """One thing missing, and the programme column (editor field) it belongs to."""

    field: str
    message: object  # a lazy translated string

    def __str__(self) -> str:
        return str(self.message)


def _is_web_link(url: str | None) -> bool:
    return bool(url and url.startswith(("https://", "http://")))


def way_in_problems(p: Programme) -> list[Problem]:
    """What is missing before `p` can be published with a way in; empty when nothing is."""
    if p.kind == Kind.JOBBSPAR:
        problems = []
        if not (p.apply_via or "").strip():
            message = _l("Write whom a job track goes through: Jobbtorg Stockholm or the employer.")
            problems.append(Problem("apply_via", message))
        if not any(((p.apply_address or "").strip(), (p.apply_phone or "").strip())) and not (
            _is_web_link(p.apply_url)
        ):
            message = _l(
                "Give an address, a phone number or a link where residents reach that contact."
            )
            problems.append(Problem("apply_address", message))
        return problems
    if _is_web_link(p.apply_url):
        return []
    if p.kind == Kind.SFX:
        return [Problem("apply_url", _l("Add the link to the region's common admission for sfx."))]
    return [Problem("apply_url", _l("Add an application link."))]
