"""search_document: per programme translation the folded title and the distinct folded words,
a narrow table a free-text search reads instead of the wide texts (portal/models/catalog.py);
programme_translation.search_title moves there as `title`

Revision ID: 0018_search_document
Revises: 0017_search_text_storage
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_search_document"
down_revision = "0017_search_text_storage"
branch_labels = None
depends_on = None

CHUNK = 1000


def upgrade():
    document = op.create_table(
        "search_document",
        sa.Column("translation_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_search_document_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["translation_id"],
            ["programme_translation.id"],
            name=op.f("fk_search_document_translation_id_programme_translation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("translation_id", name=op.f("pk_search_document")),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, programme_id, locale, search_title, search_text FROM programme_translation"
        )
    ).all()
    documents = [
        {
            "translation_id": row.id,
            "programme_id": row.programme_id,
            "locale": row.locale,
            "title": row.search_title,
            # the distinct words in the order they first appear (search_text.distinct_words)
            "words": " ".join(dict.fromkeys(row.search_text.split())),
        }
        for row in rows
    ]
    for i in range(0, len(documents), CHUNK):
        op.bulk_insert(document, documents[i : i + CHUNK])
    with op.batch_alter_table("programme_translation", schema=None) as batch_op:
        batch_op.drop_column("search_title")


def downgrade():
    with op.batch_alter_table("programme_translation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_title", sa.String(length=200), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE programme_translation SET search_title = (SELECT title FROM search_document "
        "WHERE search_document.translation_id = programme_translation.id)"
    )
    op.drop_table("search_document")
