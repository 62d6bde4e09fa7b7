"""The records programmes point to (providers, employers, districts): saving with a revision
and an audit entry, refusing a save from an outdated form, and deleting only what no programme
uses. One description per kind; the logic is the same for all."""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from portal import audit
from portal.admin import record_revisions
from portal.admin.reference_forms import (
    NAME_TAKEN,
    DistrictForm,
    EmployerForm,
    ProviderForm,
    ReferenceForm,
)
from portal.extensions import db
from portal.models.admin import ProgrammeDraft
from portal.models.catalog import District, Employer, Programme, Provider, programme_employers
from portal.search_text import slugify


@dataclass(frozen=True)
class Kind:
    name: str  # record type in revisions and the audit log, and the view names' stem
    path: str  # the Swedish URL word
    model: Any
    form: type[ReferenceForm]
    columns: tuple[str, ...]  # what a revision keeps
    title: Any  # the list's heading
    new: Any
    edit: Any
    programme_column: str | None  # Programme's column pointing here (None: employers)


KINDS = (
    Kind(
        "provider",
        "anordnare",
        Provider,
        ProviderForm,
        ("name", "url"),
        _l("Providers"),
        _l("New provider"),
        _l("Edit provider"),
        "provider_id",
    ),
    Kind(
        "employer",
        "arbetsgivare",
        Employer,
        EmployerForm,
        ("name", "kind"),
        _l("Employers"),
        _l("New employer"),
        _l("Edit employer"),
        None,
    ),
    Kind(
        "district",
        "stadsdelar",
        District,
        DistrictForm,
        ("name", "slug", "outer_city"),
        _l("Districts"),
        _l("New district"),
        _l("Edit district"),
        "district_id",
    ),
)


class Outcome(enum.Enum):
    SAVED = "saved"
    INVALID = "invalid"
    CONFLICT = "conflict"


def snapshot(kind: Kind, record) -> dict:
    return {column: getattr(record, column) for column in kind.columns}


def form_for(kind: Kind, record, formdata=None) -> ReferenceForm:
    """The form: posted values on a POST, else the record's. A district's address word is
    chosen once, when it is made."""
    form = kind.form(formdata, obj=record, record=record)
    if record is not None:
        if formdata is None:
            form.version.data = str(record.version)
        if "slug" in form:
            del form["slug"]
    return form


def save(kind: Kind, record, form: ReferenceForm) -> tuple[Any, Outcome]:
    creating = record is None
    if not form.validate():
        return record, Outcome.INVALID
    if not creating and form.version.data != str(record.version):
        return record, Outcome.CONFLICT
    if creating:
        record = kind.model()
        db.session.add(record)
    for column in kind.columns:
        if column in form:
            value = form[column].data
            setattr(record, column, value.strip() or None if isinstance(value, str) else value)
    if creating and "slug" in kind.columns and not record.slug:
        record.slug = slugify(record.name)
    try:
        db.session.flush()
    except StaleDataError:  # another save wrote between our version check and our write
        db.session.rollback()
        return record, Outcome.CONFLICT
    except IntegrityError:  # a name taken between our check and our write
        db.session.rollback()
        form.name.errors = [*form.name.errors, str(NAME_TAKEN)]
        return None if creating else record, Outcome.INVALID
    action = "created" if creating else "edited"
    record_revisions.add(kind.name, record.id, snapshot(kind, record), action)
    audit.record(f"{kind.name}_{action}", f"{kind.name}:{record.id}", {"name": record.name})
    db.session.commit()
    return record, Outcome.SAVED


def users(kind: Kind) -> dict[int, set[int]]:
    """Record id -> ids of the programmes that use it, live or in a prepared change."""
    if kind.programme_column is not None:
        return programmes_using(kind.programme_column)
    found: dict[int, set[int]] = defaultdict(set)
    rows = db.session.execute(
        select(programme_employers.c.employer_id, programme_employers.c.programme_id)
    )
    for record_id, programme_id in rows:
        found[record_id].add(programme_id)
    return found


def programmes_using(column_name: str, only: int | None = None) -> dict[int, set[int]]:
    """Id in the programme column `column_name` (field_id, provider_id, ...) -> ids of the
    programmes pointing there, live or in a prepared change; for the one id `only` when
    given (the live programmes then read through the column's index, not all of them)."""
    found: dict[int, set[int]] = defaultdict(set)
    column = getattr(Programme, column_name)
    live = select(column, Programme.id).where(
        column.is_not(None) if only is None else column == only
    )
    for record_id, programme_id in db.session.execute(live):
        found[record_id].add(programme_id)
    for programme_id, data in db.session.execute(
        select(ProgrammeDraft.programme_id, ProgrammeDraft.data)
    ):
        record_id = (data.get("programme") or {}).get(column_name)
        if record_id is not None and only in (None, record_id):
            found[record_id].add(programme_id)
    return found


def delete(kind: Kind, record) -> int:
    """Delete `record` unless programmes use it; returns how many do (0: deleted). The last
    state stays in the revisions."""
    used = len(users(kind).get(record.id, ()))
    if used:
        return used
    record_revisions.add(kind.name, record.id, snapshot(kind, record), "deleted")
    audit.record(f"{kind.name}_deleted", f"{kind.name}:{record.id}", {"name": record.name})
    db.session.delete(record)
    db.session.commit()
    return 0
