"""Saving a programme from the editor: optimistic locking, Swedish-source tracking for
translations, revisions and audit entries in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError
from wtforms.fields.choices import SelectChoice

from portal import audit, clock
from portal.admin import drafts, publish_checks, revisions
from portal.admin.forms import OTHER_LOCALES, ProgrammeForm
from portal.extensions import db
from portal.models.admin import Revision
from portal.models.catalog import (
    District,
    Field,
    Intake,
    Programme,
    ProgrammeTranslation,
    Provider,
    Status,
)

SV_TEXTS = ("title", "summary", "body", "prerequisites", "occupation", "easy_summary")
OTHER_TEXTS = ("title", "summary", "body", "prerequisites", "occupation")
WAY_IN = ("apply_url", "apply_via", "apply_address", "apply_phone")
OUTCOME_FIELDS = (
    "outcome_share",
    "outcome_months",
    "outcome_year",
    "outcome_source",
    "outcome_is_target",
)
STATUS_ACTIONS = {
    "publish": Status.PUBLISHED,
    "unpublish": Status.DRAFT,
    "archive": Status.ARCHIVED,
}


@dataclass
class Conflict:
    """Someone saved since the editor opened the form: what they changed."""

    changes: list[tuple[str, str]]


def set_choices(form: ProgrammeForm) -> None:
    none = [SelectChoice("", "–")]
    fields = db.session.scalars(select(Field).order_by(Field.position)).all()
    form.field_id.choices = none + [SelectChoice(str(f.id), _field_name(f)) for f in fields]
    providers = db.session.scalars(select(Provider).order_by(Provider.name))
    form.provider_id.choices = none + [SelectChoice(str(p.id), p.name) for p in providers]
    districts = db.session.scalars(select(District).order_by(District.name))
    form.district_id.choices = none + [SelectChoice(str(d.id), d.name) for d in districts]
    # No silent default: "no Swedish needed" is a choice an editor makes, like the others.
    choose = SelectChoice("", str(_("Choose a level")))
    form.swedish_level.choices = [choose, *(c for c in form.swedish_level.choices if c.value)]


def list_choices() -> dict[str, list[SelectChoice]]:
    """Fields, districts and kinds for the programme list's filters."""
    form = ProgrammeForm(meta={"csrf": False})
    set_choices(form)
    return {
        "field": form.field_id.choices[1:],
        "district": form.district_id.choices[1:],
        "kind": form.kind.choices,
    }


def _field_name(f: Field) -> str:
    names = {t.locale: t.name for t in f.translations}
    return names.get("sv") or f.slug


def texts_by_locale(p: Programme) -> dict[str, ProgrammeTranslation]:
    return {t.locale: t for t in p.translations}


def fill_form(form: ProgrammeForm, p: Programme) -> None:
    """Put a programme's current content into a fresh form."""
    for name in ("slug", "kind", "address", "study_format", "pace", "length_weeks") + WAY_IN:
        form[name].data = getattr(p, name)
    for name in OUTCOME_FIELDS:
        form[name].data = getattr(p, name)
    for name in ("field_id", "provider_id", "district_id", "swedish_level"):
        value = getattr(p, name)
        form[name].data = "" if value is None else str(value)
    texts = texts_by_locale(p)
    for name in SV_TEXTS + ("reviewed",):
        form.sv[name].data = getattr(texts.get("sv"), name, "")
    for code in OTHER_LOCALES:
        sub = form.translations[code]
        for name in OTHER_TEXTS + ("reviewed",):
            sub[name].data = getattr(texts.get(code), name, None) or (
                False if name == "reviewed" else ""
            )
    while len(form.intakes.entries):
        form.intakes.pop_entry()
    for intake in p.intakes:
        form.intakes.append_entry(
            {
                "starts_on": intake.starts_on,
                "application_opens": intake.application_opens,
                "application_closes": intake.application_closes,
                "seats": intake.seats,
            }
        )
    form.intakes.append_entry()  # an empty row for a new start
    form.version.data = str(p.version or 0)
    latest = revisions.history(p.id)[:1] if p.id else []
    form.base_revision.data = str(latest[0].id) if latest else ""


def slug_taken(slug: str, programme_id: int | None) -> bool:
    other = db.session.scalar(select(Programme.id).where(Programme.slug == slug))
    return other is not None and other != programme_id


MAX_ID = 2**31 - 1  # the largest id a database column holds; larger input names no row


def optional_int(value: str | None) -> int | None:
    """An id from a hidden or chosen form value; anything else (text, huge numbers) is None."""
    text = (value or "").strip()
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_ID:
        return None
    return int(text)


def apply_form(form: ProgrammeForm, p: Programme) -> None:
    for name in ("slug", "kind", "address", "study_format", "pace", "length_weeks") + WAY_IN:
        optional = name == "address" or name in WAY_IN
        setattr(p, name, form[name].data or (None if optional else form[name].data))
    for name in OUTCOME_FIELDS:
        value = form[name].data
        setattr(p, name, bool(value) if name == "outcome_is_target" else value)
    p.outcome_source = p.outcome_source or None
    p.field_id = optional_int(form.field_id.data)
    p.provider_id = optional_int(form.provider_id.data)
    p.district_id = optional_int(form.district_id.data)
    p.swedish_level = optional_int(form.swedish_level.data)  # None until chosen
    texts = texts_by_locale(p)
    sv = texts.get("sv") or ProgrammeTranslation(locale="sv", source_version=0)
    if sv not in p.translations:
        p.translations.append(sv)
    changed = any((getattr(sv, n) or "") != (form.sv[n].data or "") for n in SV_TEXTS)
    for name in SV_TEXTS:
        setattr(sv, name, form.sv[name].data or "")
    sv.reviewed = True
    if changed:  # translations made from an older Swedish text become stale
        sv.source_version = (sv.source_version or 0) + 1
    for code in OTHER_LOCALES:
        sub = form.translations[code]
        if not any(sub[n].data for n in OTHER_TEXTS):
            continue
        t = texts.get(code) or ProgrammeTranslation(locale=code)
        if t not in p.translations:
            p.translations.append(t)
        edited = any((getattr(t, n) or "") != (sub[n].data or "") for n in OTHER_TEXTS)
        for name in OTHER_TEXTS:
            setattr(t, name, sub[name].data or "")
        if edited or sub.reviewed.data and not t.reviewed:
            t.source_version = sv.source_version
        t.reviewed = bool(sub.reviewed.data)
    p.intakes.clear()
    for entry in form.intakes.entries:
        row = entry.form
        if row.starts_on.data and not row.remove.data:
            p.intakes.append(
                Intake(
                    starts_on=row.starts_on.data,
                    application_opens=row.application_opens.data,
                    application_closes=row.application_closes.data,
                    seats=row.seats.data,
                )
            )
    p.updated_at = clock.now()  # always an UPDATE of the row, so the version moves on


@dataclass
class NotReady:
    """Publishing was asked for but something residents need is missing."""

    problems: list[tuple[str, str]]


def save(form: ProgrammeForm, p: Programme, user, action: str) -> Conflict | NotReady | None:
    """Save the editor's form. Returns a Conflict instead when the programme changed since,
    NotReady when publishing was asked for and a check fails. A plain save of a published
    programme keeps the published version live and stores the change as a draft."""
    creating = p.id is None
    if not creating and str(p.version) != (form.version.data or ""):
        return _conflict(form, p)
    if action == "save" and p.status == Status.PUBLISHED:
        with db.session.no_autoflush:
            apply_form(form, p)
            drafts.store(p, user)
        return None
    apply_form(form, p)
    if action in STATUS_ACTIONS:
        p.status = STATUS_ACTIONS[action]
    if p.status == Status.PUBLISHED:
        problems = publish_checks.problems(p)
        if problems:
            db.session.rollback()
            return NotReady(problems)
    if creating:
        db.session.add(p)
    try:
        db.session.flush()
    except StaleDataError:  # another save wrote between our version check and our write
        db.session.rollback()
        return _conflict(form, p)
    summary = {"publish": "published", "unpublish": "unpublished", "archive": "archived"}.get(
        action, "created" if creating else "edited"
    )
    drafts.drop(p)  # the programme's own content is now what the form held
    revisions.save_revision(p, user, summary)
    audit.record(f"programme_{summary}", f"programme:{p.id}", {"slug": p.slug})
    db.session.commit()
    return None


def add_problems(form: ProgrammeForm, problems: list[tuple[str, str]]) -> None:
    """Show publishing problems as the fields' own errors (inline and in the summary)."""
    fields = {}

    def walk(field):
        if field.type == "FormField":
            for sub in field.form:
                walk(sub)
        elif field.type == "FieldList":
            for entry in field.entries:
                walk(entry)
        else:
            fields[field.id] = field

    for field in form:
        walk(field)
    for field_id, message in problems:
        target = fields.get(field_id) or form.slug
        target.errors = [*target.errors, message]


def _conflict(form: ProgrammeForm, p: Programme) -> Conflict:
    base = db.session.get(Revision, optional_int(form.base_revision.data) or -1)
    older = base.data if base and base.programme_id == p.id else revisions.snapshot(p)
    return Conflict(revisions.diff(older, revisions.snapshot(p)))


def restore(p: Programme, revision: Revision, user) -> None:
    revisions.restore(p, revision.data)
    p.updated_at = clock.now()
    db.session.flush()
    revisions.save_revision(p, user, f"restored revision {revision.id}")
    audit.record("programme_restored", f"programme:{p.id}", {"revision": revision.id})
    db.session.commit()


def translation_state(texts: dict[str, ProgrammeTranslation], locale: str) -> str:
    """One programme's text in `locale`: missing, stale (older than the Swedish it was
    made from), unreviewed, or ok."""
    t, sv = texts.get(locale), texts.get("sv")
    if t is None or not t.title:
        return "missing"
    if (t.source_version or 0) < (getattr(sv, "source_version", 0) or 0):
        return "stale"
    return "ok" if t.reviewed else "unreviewed"


def translation_status() -> dict:
    """Per locale: programmes whose text is missing, stale or not reviewed."""
    programmes = db.session.scalars(
        select(Programme)
        .where(Programme.status != Status.ARCHIVED)
        .options(selectinload(Programme.translations))
        .order_by(Programme.slug)
    ).all()
    status: dict[str, dict[str, list]] = {
        code: {"missing": [], "unreviewed": [], "stale": []} for code in OTHER_LOCALES
    }
    for p in programmes:
        texts = texts_by_locale(p)
        for code in OTHER_LOCALES:
            state = translation_state(texts, code)
            if state != "ok":
                status[code][state].append(p)
    return status


def locale_states(p: Programme) -> dict[str, str]:
    texts = texts_by_locale(p)
    return {code: translation_state(texts, code) for code in OTHER_LOCALES}
