"""Draft changes to a published programme. Saving a published programme stores the form's
content as a draft (a snapshot, like a revision) and leaves the programme itself, which the
public pages, the API and the cache read, untouched until the draft is published.

The draft is built by applying the form to the programme inside the session and rolling
back: one way of turning a form into content, shared with ordinary saves."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import select

from portal import audit, clock
from portal.admin import publish_checks, revisions
from portal.extensions import db
from portal.models.admin import ProgrammeDraft
from portal.models.catalog import Programme


def of(p: Programme) -> ProgrammeDraft | None:
    if p.id is None:
        return None
    return db.session.scalar(select(ProgrammeDraft).where(ProgrammeDraft.programme_id == p.id))


def store(p: Programme, user) -> None:
    """Keep `p`'s unsaved content (the editor's form applied to it, not flushed) as its
    draft; the programme itself goes back to its published version."""
    data = revisions.snapshot(p)
    db.session.rollback()
    draft = of(p) or ProgrammeDraft(programme_id=p.id)
    draft.data, draft.user_id, draft.updated_at = data, getattr(user, "id", None), clock.now()
    db.session.add(draft)
    audit.record("draft_saved", f"programme:{p.id}", {"slug": p.slug})
    db.session.commit()


@contextmanager
def applied(p: Programme, draft: ProgrammeDraft):
    """Inside the block `p` shows the draft's content (nothing is written); afterwards the
    session is rolled back to the published version."""
    try:
        with db.session.no_autoflush:
            revisions.restore(p, draft.data)
            yield p
    finally:
        db.session.rollback()


def changes(p: Programme, draft: ProgrammeDraft) -> list[tuple[str, str]]:
    """The draft against the published version."""
    return revisions.diff(revisions.snapshot(p), draft.data)


def publish(p: Programme, draft: ProgrammeDraft, user) -> list[tuple[str, str]]:
    """Put the draft live; returns the publishing checks' problems instead when any fail."""
    with db.session.no_autoflush:
        revisions.restore(p, draft.data)
        found = publish_checks.problems(p)
    if found:
        db.session.rollback()
        return found
    p.updated_at = clock.now()
    db.session.delete(draft)
    db.session.flush()
    revisions.save_revision(p, user, "published draft")
    audit.record("draft_published", f"programme:{p.id}", {"slug": p.slug})
    db.session.commit()
    return []


def discard(p: Programme, draft: ProgrammeDraft) -> None:
    db.session.delete(draft)
    audit.record("draft_discarded", f"programme:{p.id}", {"slug": p.slug})
    db.session.commit()


def drop(p: Programme) -> None:
    """Forget a draft once the programme itself is saved with the editor's content."""
    draft = of(p)
    if draft is not None:
        db.session.delete(draft)
