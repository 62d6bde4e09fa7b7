"""administration: the staff roles as rows, drafts of published programmes, Swedish level
unset until chosen

Revision ID: 0012_admin
Revises: 0005
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0012_admin"
down_revision = "0011_pathfinder"
branch_labels = None
depends_on = None

# The roles the code checks for (portal.models.admin.RoleName). Without these rows, granting
# a role on the users page stored nothing.
ROLES = {
    "editor": "Programmes, intakes, field pages, providers and employers",
    "contact_officer": "Consent statistics and exports",
    "administrator": "Staff accounts and roles, audit log",
}


def upgrade():
    role = sa.table(
        "role",
        sa.column("name", sa.String),
        sa.column("description", sa.String),
        sa.column("update_datetime", sa.DateTime),
    )
    existing = {name for (name,) in op.get_bind().execute(sa.select(role.c.name))}
    op.bulk_insert(
        role,
        [
            {"name": name, "description": text, "update_datetime": datetime.utcnow()}
            for name, text in ROLES.items()
            if name not in existing
        ],
    )
    op.create_table(
        "programme_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_programme_draft_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_programme_draft_user_id_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_draft")),
        sa.UniqueConstraint("programme_id", name=op.f("uq_programme_draft_programme_id")),
    )
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.alter_column("swedish_level", existing_type=sa.SmallInteger(), nullable=True)


def downgrade():
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.execute("UPDATE programme SET swedish_level = 0 WHERE swedish_level IS NULL")
        batch_op.alter_column("swedish_level", existing_type=sa.SmallInteger(), nullable=False)
    op.drop_table("programme_draft")  # the role rows stay: accounts may hold them
