"""search indexes: trigram indexes on search_document's title and words (PostgreSQL only), so
a search reads the documents containing its words instead of every document; programme's
next start with its id, the order of a search without words

Revision ID: 0019_search_indexes
Revises: 0018_search_document
"""

from alembic import op

revision = "0019_search_indexes"
down_revision = "0018_search_document"
branch_labels = None
depends_on = None

COLUMNS = ("title", "words")


def upgrade():
    op.create_index("ix_programme_next_start", "programme", ["next_start", "id"])
    if op.get_bind().dialect.name != "postgresql":  # SQLite has no trigram index
        return
    for column in COLUMNS:
        op.create_index(
            f"ix_search_document_{column}_trigram",
            "search_document",
            [column],
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade():
    op.drop_index("ix_programme_next_start", table_name="programme")
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.drop_index(f"ix_search_document_{column}_trigram", table_name="search_document")
