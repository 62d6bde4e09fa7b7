"""outbox claims: message kind and purpose, lease, back-off and failure

Revision ID: 0009_mailings
Revises: 0005
Create Date: 2026-12-02 16:40:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0009_mailings'
down_revision = '0008_contact'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=24), server_default='email', nullable=False))
        batch_op.add_column(sa.Column('purpose', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('not_before', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('claimed_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('failed_at', sa.DateTime(), nullable=True))
    op.execute('UPDATE outbox_message SET not_before = created_at')
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.alter_column('not_before', existing_type=sa.DateTime(), nullable=False)
        batch_op.create_index(batch_op.f('ix_outbox_message_not_before'), ['not_before'], unique=False)


def downgrade():
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_message_not_before'))
        batch_op.drop_column('failed_at')
        batch_op.drop_column('claimed_by')
        batch_op.drop_column('claimed_until')
        batch_op.drop_column('not_before')
        batch_op.drop_column('purpose')
        batch_op.drop_column('kind')
