"""a way in for every programme, and who a programme is made for

Revision ID: 0011_pathfinder
Revises: 0005
Create Date: 2026-12-02 16:30:00

"""

import sqlalchemy as sa
from alembic import op

revision = "0011_pathfinder"
down_revision = "0010_search"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("apply_via", sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column("apply_address", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("apply_phone", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("audience", sa.String(length=32), nullable=True))


def downgrade():
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_column("audience")
        batch_op.drop_column("apply_phone")
        batch_op.drop_column("apply_address")
        batch_op.drop_column("apply_via")
