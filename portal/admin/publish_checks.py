"""What a programme needs before residents may see it. Each check names what is missing and
points at the field to fix; the editor shows them in its error summary."""

from __future__ import annotations

from flask_babel import gettext as _

from portal.catalog.way_in import way_in_problems
from portal.models.catalog import Programme

MAX_SEATS = 5000  # the editor's limit for places in one start


def problems(p: Programme) -> list[tuple[str, str]]:
    """(field id, message) for everything that stops `p` from being published."""
    found: list[tuple[str, str]] = []
    if p.swedish_level is None:
        found.append(
            (
                "swedish_level",
                _("Choose the Swedish needed to start, also when no Swedish is needed."),
            )
        )
    if p.provider_id is None:
        found.append(("provider_id", _("Choose the provider.")))
    found += [(problem.field, str(problem)) for problem in way_in_problems(p)]
    sv = next((t for t in p.translations if t.locale == "sv"), None)
    if sv is None or not (sv.body or "").strip():
        found.append(("sv-body", _("Write a description in Swedish.")))
    for n, intake in enumerate(p.intakes):
        found += [(f"intakes-{n}-starts_on", message) for message in intake_problems(intake)]
    return found


def intake_problems(intake) -> list[str]:
    """Dates in order (opens, closes, start) and places within range, for one start."""
    found = []
    opens, closes, start = intake.application_opens, intake.application_closes, intake.starts_on
    when = start.isoformat() if start else "–"
    if opens and closes and opens > closes:
        found.append(_("Start %(date)s: the application must open before it closes.", date=when))
    if closes and start and closes > start:
        found.append(_("Start %(date)s: the application must close before the start.", date=when))
    if opens and start and opens > start:
        found.append(_("Start %(date)s: the application must open before the start.", date=when))
    if intake.seats is not None and not 0 <= intake.seats <= MAX_SEATS:
        found.append(
            _(
                "Start %(date)s: write a number of places from %(min)d to %(max)d.",
                date=when,
                min=0,
                max=MAX_SEATS,
            )
        )
    return found
