"""Recording into the audit log: append-only, who did what to which record and when.

Below the features (admin, contact, models/admin.py's lockout hook all record here); reading
the log is the administration's (admin/audit_log.py).

Details name records and fields, never a resident's personal data (a CSV export records the
purpose and the number of rows, not the rows)."""

from __future__ import annotations

from flask import has_request_context
from flask_login import current_user

from portal import clock
from portal.extensions import db
from portal.models.audit import AuditEvent


def record(action: str, target: str = "", details: dict | None = None, user=None) -> None:
    """Add an audit event to the session; it is written with the change it describes."""
    actor = user
    if actor is None and has_request_context() and current_user.is_authenticated:
        actor = current_user
    db.session.add(
        AuditEvent(
            occurred_at=clock.now(),
            user_id=getattr(actor, "id", None),
            actor=getattr(actor, "email", "") or "",
            action=action,
            target=target,
            details=details or {},
        )
    )
