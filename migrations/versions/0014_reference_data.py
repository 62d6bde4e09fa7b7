"""reference data: one revision table for providers, employers, districts and field pages;
a version on each of them so a save from an outdated form is refused

Revision ID: 0014_reference_data
Revises: 0013_recruitment
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_reference_data"
down_revision = "0013_recruitment"
branch_labels = None
depends_on = None

VERSIONED = ("field", "provider", "district", "employer")


def upgrade():
    op.create_table(
        "record_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_record_revision_user_id_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_revision")),
    )
    op.create_index("ix_record_revision_record", "record_revision", ["record_type", "record_id"])
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )


def downgrade():
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    op.drop_index("ix_record_revision_record", table_name="record_revision")
    op.drop_table("record_revision")
