"""Typed SQLAlchemy models, one module per domain. Every model module is imported here so that
Flask-Migrate's autogenerate sees the whole schema."""

from portal.extensions import Base, db
from portal.models.admin import RecordRevision, Revision, Role, User
from portal.models.audit import AuditEvent
from portal.models.catalog import (
    District,
    Employer,
    Field,
    FieldTranslation,
    Intake,
    Programme,
    ProgrammeTranslation,
    Provider,
)
from portal.models.contact import (
    Consent,
    ConsentEvent,
    ConsentText,
    Contact,
    OutboxMessage,
)
from portal.models.mailing import Mailing, MailingRecipient, MailingText
from portal.models.occupation import Occupation, OccupationRevision, OccupationTranslation
from portal.models.recruitment import (
    Invitation,
    RecruitmentDay,
    RecruitmentDayRevision,
    RecruitmentDayTranslation,
)

__all__ = [
    "Base",
    "db",
    "District",
    "Employer",
    "Field",
    "FieldTranslation",
    "Intake",
    "Programme",
    "ProgrammeTranslation",
    "Provider",
    "Occupation",
    "OccupationTranslation",
    "OccupationRevision",
    "Consent",
    "ConsentEvent",
    "ConsentText",
    "Contact",
    "OutboxMessage",
    "Mailing",
    "MailingRecipient",
    "MailingText",
    "Invitation",
    "RecruitmentDay",
    "RecruitmentDayRevision",
    "RecruitmentDayTranslation",
    "AuditEvent",
    "RecordRevision",
    "Revision",
    "Role",
    "User",
]
