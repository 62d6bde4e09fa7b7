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


def built_on(dialect_name: str):
    """Alembic's `include_object` for comparing the models with a database of `dialect_name`:
    the GIN indexes exist only on PostgreSQL (`ddl_if`), so SQLite is not expected to have
    them."""

    def include(obj, name, type_, reflected, compare_to) -> bool:
        gin = type_ == "index" and obj.dialect_options["postgresql"].get("using") == "gin"
        return dialect_name == "postgresql" or not gin

    return include
