"""contact changes wait for the address owner's own link

Revision ID: 0008_contact
Revises: 0005
Create Date: 2026-12-02 16:40:00

A repeated sign-up used to park a stranger's details in contact.pending, where any confirm link
applied them. Each request is now its own contact_change row that only its link applies;
details_confirmed_at says whether mail may greet a person by the name stored.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_contact"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "contact_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("purposes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_change_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_change")),
        sa.UniqueConstraint("public_id", name=op.f("uq_contact_change_public_id")),
    )
    with op.batch_alter_table("contact_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_change_contact_id"), ["contact_id"], unique=False
        )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("details_confirmed_at", sa.DateTime(), nullable=True))
    # Whoever confirmed a consent by mail owns the address and saw the details then.
    op.execute(
        "UPDATE contact SET details_confirmed_at = (SELECT MIN(consent.confirmed_at) "
        "FROM consent WHERE consent.contact_id = contact.id)"
    )
    # Unconfirmed pending details from strangers are dropped, never applied.
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("pending")


def downgrade():
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pending", sa.JSON(), nullable=True))
        batch_op.drop_column("details_confirmed_at")
    with op.batch_alter_table("contact_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_change_contact_id"))
    op.drop_table("contact_change")
