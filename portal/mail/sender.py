"""The claim-and-send loop: deliver what the outbox holds, outside any web request.

Each row is claimed by one atomic UPDATE that sets a lease (`claimed_until`) and the sender's
name. On PostgreSQL the row is picked with `FOR UPDATE SKIP LOCKED`, so concurrent senders
never wait for or take each other's rows; SQLite has one writer at a time, so the same
conditional UPDATE is atomic there too. A sender that dies mid-send leaves a lease that runs
out, and another sender takes the row again. Rows that need a consent are checked against it
at the moment of sending.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections import Counter
from datetime import timedelta

from flask import current_app
from sqlalchemy import func, or_, select, update

from portal import clock
from portal.extensions import db
from portal.mail.transports import DeliveryError, Transport, make, outcome
from portal.models.contact import Consent, OutboxMessage

MAX_ATTEMPTS = 20
# After this many temporary failures in a row the server is taken to be down: stop, and let
# the next run try again, rather than touch every queued row in vain.
GIVE_UP_AFTER = 3
LEASE = timedelta(minutes=5)  # far longer than one SMTP exchange (10 s timeout)


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 ... minutes between tries, at most an hour."""
    return timedelta(minutes=min(2 ** (attempts - 1), 60))


def sender_name() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _claim(name: str) -> OutboxMessage | None:
    now = clock.now()
    claimable = (
        OutboxMessage.failed_at.is_(None),
        OutboxMessage.not_before <= now,
        or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
    )
    next_row = (
        select(OutboxMessage.id)
        .where(*claimable)
        .order_by(OutboxMessage.not_before, OutboxMessage.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    claimed = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == next_row, *claimable)
        .values(claimed_until=now + LEASE, claimed_by=name)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    ).scalar()
    db.session.commit()
    return None if claimed is None else db.session.get(OutboxMessage, claimed)


def _consent_ended(message: OutboxMessage) -> bool:
    if message.purpose is None or message.contact_id is None:
        return False
    consent = db.session.scalar(
        select(Consent).where(
            Consent.contact_id == message.contact_id, Consent.purpose == message.purpose
        )
    )
    return consent is None or not consent.is_active(clock.now())


def _finish(message: OutboxMessage, status: str, error: str | None = None) -> str:
    outcome.send(message, status=status, error=error)
    if status == "failed":
        message.failed_at, message.claimed_until = clock.now(), None
    else:
        db.session.delete(message)
    db.session.commit()
    return status


def _deliver(message: OutboxMessage, transports: dict[str, Transport]) -> str:
    if _consent_ended(message):
        return _finish(message, "skipped")
    message.attempts += 1
    try:
        if message.kind not in transports:
            transports[message.kind] = make(message.kind)
        transports[message.kind].send(message)
    except DeliveryError as error:
        message.last_error = str(error)
        current_app.logger.warning(
            "outbox %s (%s) not sent, attempt %s: %s",
            message.id,
            message.kind,
            message.attempts,
            error,
        )
        if error.permanent or message.attempts >= MAX_ATTEMPTS:
            return _finish(message, "failed", str(error))
        message.not_before = clock.now() + backoff(message.attempts)
        message.claimed_until = None
        db.session.commit()
        return "retry"
    return _finish(message, "sent")


def send_queued(limit: int | None = None, name: str | None = None) -> Counter:
    """Deliver what is due, one claimed row at a time, until nothing is left (or `limit`).
    Returns counts per result: sent, retry (will be tried again), failed, skipped."""
    name = name or sender_name()
    counts: Counter = Counter()
    transports: dict[str, Transport] = {}
    failures_in_a_row = 0
    try:
        while limit is None or sum(counts.values()) < limit:
            message = _claim(name)
            if message is None:
                break
            result = _deliver(message, transports)
            counts[result] += 1
            failures_in_a_row = failures_in_a_row + 1 if result == "retry" else 0
            if failures_in_a_row >= GIVE_UP_AFTER:
                break
    finally:
        for transport in transports.values():
            transport.close()
    return counts


def waiting() -> int:
    """Rows still to be sent (due now or later), for the command's summary."""
    return (
        db.session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.failed_at.is_(None))
        )
        or 0
    )
