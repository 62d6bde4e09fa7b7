"""contact districts: where in Stockholm a person would like to work, and a mailing's
narrowing by district (both JSON lists of district slugs; empty: anywhere / everyone)

Revision ID: 0015_contact_districts
Revises: 0014_reference_data
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_contact_districts"
down_revision = "0014_reference_data"
branch_labels = None
depends_on = None

TABLES = ("contact", "mailing")


def upgrade():
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("districts", sa.JSON(), nullable=False, server_default="[]")
            )


def downgrade():
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("districts")
