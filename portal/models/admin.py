"""Administration: staff accounts and roles (Flask-Security-Too) and revisions.

Lockout is ours, through Flask-Security's hooks: `track_failed_authn` counts failures (of the
password and of the second factor) and `is_locked` refuses sign-in while an account is locked.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from flask_security import RoleMixin, UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal import audit, clock
from portal.extensions import Base, db

MAX_FAILURES = 5
LOCK_MINUTES = 15


class RoleName(enum.StrEnum):
    EDITOR = "editor"  # programmes, intakes, field pages
    CONTACT_OFFICER = "contact_officer"  # consent statistics and exports
    ADMINISTRATOR = "administrator"  # users and roles, audit log


roles_users = Table(
    "roles_users",
    Base.metadata,
    Column("user_id", ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
)


class Role(Base, RoleMixin):
    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str | None] = mapped_column(String(255))
    # Unused, but Flask-Security expects the column (its mixin types it as a list).
    permissions: Mapped[str | None] = mapped_column(Text)  # type: ignore[assignment]
    update_datetime: Mapped[datetime] = mapped_column(
        DateTime, default=clock.now, onupdate=clock.now
    )


class User(Base, UserMixin):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password: Mapped[str | None] = mapped_column(String(255))  # argon2id hash
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Changing it signs the user out everywhere (Flask-Security does so on password change).
    fs_uniquifier: Mapped[str] = mapped_column(String(64), unique=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    tf_primary_method: Mapped[str | None] = mapped_column(String(64))
    tf_totp_secret: Mapped[str | None] = mapped_column(String(255))  # encrypted by passlib
    tf_phone_number: Mapped[str | None] = mapped_column(String(64))  # unused (no SMS 2FA)
    totp_last_counter: Mapped[int | None] = mapped_column(Integer)  # codes are single-use
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    create_datetime: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    update_datetime: Mapped[datetime] = mapped_column(
        DateTime, default=clock.now, onupdate=clock.now
    )
    # The mixin says list[RoleMixin]; the relationship needs the concrete class.
    roles: Mapped[list[Role]] = relationship(  # type: ignore[assignment]
        secondary=roles_users, lazy="selectin"
    )

    def track_failed_authn(self, auth_type: str, tfa: bool = False) -> None:
        now = clock.now()
        self.failed_logins = (self.failed_logins or 0) + 1
        if self.failed_logins >= MAX_FAILURES:
            self.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            self.failed_logins = 0
            audit.record("account_locked", f"user:{self.id}", {"minutes": LOCK_MINUTES})
        audit.record("sign_in_failed", f"user:{self.id}", {"factor": "code" if tfa else auth_type})
        db.session.commit()  # a failed sign-in is not otherwise committed

    def is_locked(self, form_error: list[str] | None = None) -> bool:
        if self.locked_until and self.locked_until > clock.now():
            if form_error is not None:
                form_error.append(str(_l("Wrong e-mail address, password or code.")))
            return True
        return False


class Revision(Base):
    """A snapshot of a programme after a save: who, when and the whole content as JSON."""

    __tablename__ = "revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    summary: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict] = mapped_column(JSON)
    user: Mapped[User | None] = relationship()


class RecordRevision(Base):
    """A snapshot of a reference record (provider, employer, district, field page) after a
    save or before its deletion: one table for every kind, told apart by `record_type`. No
    foreign key to the record, so the history outlives a deleted record."""

    __tablename__ = "record_revision"
    __table_args__ = (Index("ix_record_revision_record", "record_type", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    summary: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict] = mapped_column(JSON)
    user: Mapped[User | None] = relationship()


class ProgrammeDraft(Base):
    """A change prepared for a published programme: the whole content as a snapshot (the same
    shape as a revision). The published programme stays live until the draft is published."""

    __tablename__ = "programme_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), unique=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    data: Mapped[dict] = mapped_column(JSON)
    user: Mapped[User | None] = relationship()
