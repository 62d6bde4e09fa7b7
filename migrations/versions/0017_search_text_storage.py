"""programme_translation.search_text stored uncompressed on PostgreSQL (faster LIKE scans);
texts written before keep their compression until saved again

Revision ID: 0017_search_text_storage
Revises: 0016_next_intake
"""

from alembic import op

revision = "0017_search_text_storage"
down_revision = "0016_next_intake"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE programme_translation ALTER COLUMN search_text SET STORAGE EXTERNAL"
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE programme_translation ALTER COLUMN search_text SET STORAGE EXTENDED"
        )
