"""How much of the published catalogue each locale covers, per field of work.

A resident can decide on a programme when its title, summary and prerequisites are in their
language ("translated"); "full" also has the body; "reviewed" has been checked by a person.
The administration's translation page and `flask --app portal content coverage` show it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal.extensions import db
from portal.i18n import LOCALES
from portal.models.catalog import Field, Programme, ProgrammeTranslation, Status

NEEDED = ("title", "summary", "prerequisites")


@dataclass
class Cell:
    translated: int = 0
    full: int = 0
    reviewed: int = 0

    def count(self, t: ProgrammeTranslation | None) -> None:
        if t is None or not all(getattr(t, key) for key in NEEDED):
            return
        self.translated += 1
        self.full += bool(t.body)
        self.reviewed += bool(t.reviewed)


@dataclass
class Row:
    slug: str  # a field's slug, or "" for programmes in no field and for the total
    names: dict[str, str]  # the field's name per locale
    programmes: int = 0
    cells: dict[str, Cell] = field(default_factory=lambda: {loc: Cell() for loc in LOCALES})

    def add(self, p: Programme) -> None:
        self.programmes += 1
        texts = {t.locale: t for t in p.translations}
        for loc, cell in self.cells.items():
            cell.count(texts.get(loc))


def coverage() -> tuple[list[Row], Row]:
    """One row per field that has published programmes, and the total; three queries."""
    fields = db.session.scalars(
        select(Field).options(selectinload(Field.translations)).order_by(Field.position, Field.slug)
    ).all()
    rows: dict[int | None, Row] = {
        f.id: Row(f.slug, {t.locale: t.name for t in f.translations}) for f in fields
    }
    total = Row("", {})
    for p in _published():
        rows.setdefault(p.field_id, Row("", {})).add(p)
        total.add(p)
    return [r for r in rows.values() if r.programmes], total


def _published() -> Iterable[Programme]:
    return db.session.scalars(
        select(Programme)
        .where(Programme.status == Status.PUBLISHED)
        .options(selectinload(Programme.translations))
    )


def as_text(rows: list[Row], total: Row) -> str:
    """A plain table for the terminal: translated/full/reviewed per locale."""
    head = ["field", "programmes", *LOCALES]
    lines = [head]
    for row in [*rows, total]:
        label = row.slug or ("all fields" if row is total else "no field")
        cells = [f"{c.translated}/{c.full}/{c.reviewed}" for c in row.cells.values()]
        lines.append([label, str(row.programmes), *cells])
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    table = [
        "  ".join(
            v.ljust(w) if i == 0 else v.rjust(w)
            for i, (v, w) in enumerate(zip(line, widths, strict=True))
        )
        for line in lines
    ]
    legend = (
        "Published programmes per locale: with title, summary and prerequisites / "
        "also with the full text / checked by a person."
    )
    return "\n".join([legend, "", *table])
