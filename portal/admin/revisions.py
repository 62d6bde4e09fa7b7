"""Revisions of a programme: a JSON snapshot after each save, a readable diff between two
snapshots, and restoring one (which is itself saved as a new revision)."""

from __future__ import annotations

import difflib
from datetime import date

from sqlalchemy import select

from portal.extensions import db
from portal.models.admin import Revision
from portal.models.catalog import District, Field, Intake, Programme, ProgrammeTranslation, Provider

FIELDS = (
    "slug",
    "kind",
    "status",
    "field_id",
    "provider_id",
    "district_id",
    "address",
    "study_format",
    "pace",
    "length_weeks",
    "swedish_level",
    "min_schooling_years",
    "max_schooling_years",
    "outcome_is_target",
    "outcome_share",
    "outcome_months",
    "outcome_year",
    "outcome_source",
    "apply_url",
    "apply_via",
    "apply_address",
    "apply_phone",
    "audience",
    "next_step_id",
)
TEXT_FIELDS = (
    "title",
    "summary",
    "body",
    "prerequisites",
    "occupation",
    "easy_summary",
    "reviewed",
    "source_version",
)


def snapshot(p: Programme) -> dict:
    return {
        "programme": {name: getattr(p, name) for name in FIELDS},
        "translations": {
            t.locale: {name: getattr(t, name) for name in TEXT_FIELDS} for t in p.translations
        },
        "intakes": [
            {
                "starts_on": i.starts_on.isoformat(),
                "application_opens": i.application_opens and i.application_opens.isoformat(),
                "application_closes": i.application_closes and i.application_closes.isoformat(),
                "seats": i.seats,
                "cancelled": i.cancelled,
            }
            for i in p.intakes
        ],
    }


def save_revision(p: Programme, user, summary: str) -> Revision:
    revision = Revision(
        programme_id=p.id, user_id=getattr(user, "id", None), summary=summary, data=snapshot(p)
    )
    db.session.add(revision)
    return revision


def ensure_baseline(p: Programme, user) -> None:
    """A programme made before revisions existed (demo content, imports) gets its first one
    when first opened, so later saves and conflicts can say what changed since."""
    if p.id and not db.session.scalar(select(Revision.id).where(Revision.programme_id == p.id)):
        save_revision(p, user, "baseline")
        db.session.commit()


def history(programme_id: int) -> list[Revision]:
    return list(
        db.session.scalars(
            select(Revision)
            .where(Revision.programme_id == programme_id)
            .order_by(Revision.id.desc())
        )
    )


def _lines(data: dict) -> list[str]:
    lines = [f"{k}: {v}" for k, v in data["programme"].items()]
    for locale, texts in sorted(data["translations"].items()):
        for name, value in texts.items():
            for n, line in enumerate(str(value if value is not None else "").splitlines() or [""]):
                lines.append(f"[{locale}] {name}{'' if n == 0 else ' …'}: {line}")
    lines += [f"intake: {i['starts_on']} ({i['seats']})" for i in data["intakes"]]
    return lines


def diff(older: dict, newer: dict) -> list[tuple[str, str]]:
    """(kind, line) pairs, kind one of 'added', 'removed'; unchanged lines are left out."""
    result = []
    for line in difflib.unified_diff(_lines(older), _lines(newer), lineterm="", n=0):
        if line.startswith(("+++", "---", "@@")):
            continue
        result.append(("added" if line.startswith("+") else "removed", line[1:]))
    return result


# Columns that point to another record, which may have been deleted since the snapshot.
REFERENCES = {
    "field_id": Field,
    "provider_id": Provider,
    "district_id": District,
    "next_step_id": Programme,
}


def restore(p: Programme, data: dict) -> None:
    """Put the snapshot's content back into the programme (status is kept as it is now). A
    field, provider, district or next step deleted since is left empty, for the editor to
    choose again, rather than pointed to."""
    for name, value in data["programme"].items():
        if name == "status":
            continue
        model = REFERENCES.get(name)
        if model is not None and value is not None and db.session.get(model, value) is None:
            value = None
        setattr(p, name, value)
    existing = {t.locale: t for t in p.translations}
    for locale, texts in data["translations"].items():
        translation = existing.pop(locale, None) or ProgrammeTranslation(locale=locale)
        for name, value in texts.items():
            setattr(translation, name, value)
        if translation not in p.translations:
            p.translations.append(translation)
    for leftover in existing.values():
        p.translations.remove(leftover)
    p.intakes.clear()
    for i in data["intakes"]:
        p.intakes.append(
            Intake(
                starts_on=date.fromisoformat(i["starts_on"]),
                application_opens=i["application_opens"]
                and date.fromisoformat(i["application_opens"]),
                application_closes=i["application_closes"]
                and date.fromisoformat(i["application_closes"]),
                seats=i["seats"],
                cancelled=i["cancelled"],
            )
        )
