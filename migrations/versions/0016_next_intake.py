"""programme: next intake start and open-for-application stored for search, with the days
they hold for (portal/catalog/intake_dates.py)

Revision ID: 0016_next_intake
Revises: 0015_contact_districts
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_next_intake"
down_revision = "0015_contact_districts"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_start", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("open_now", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        # NULL: never computed, so searches work the values out from the intakes until
        # `flask catalog refresh-dates` (or the next save of an intake) stores them.
        batch_op.add_column(sa.Column("dates_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("dates_until", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_programme_dates_on"), ["dates_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_programme_dates_until"), ["dates_until"], unique=False)


def downgrade():
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_dates_until"))
        batch_op.drop_index(batch_op.f("ix_programme_dates_on"))
        batch_op.drop_column("dates_until")
        batch_op.drop_column("dates_on")
        batch_op.drop_column("open_now")
        batch_op.drop_column("next_start")
