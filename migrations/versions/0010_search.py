"""occupations: vocabulary, translations, programme links; pg_trgm on PostgreSQL

Revision ID: 0010_search
Revises: 0005
Create Date: 2026-12-02 16:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0010_search'
down_revision = '0009_mailings'
branch_labels = None
depends_on = None


def upgrade():
    # Trigram similarity for typo-tolerant search; SQLite matches typos in Python instead.
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    op.create_table(
        'occupation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('slug', sa.String(length=80), nullable=False),
        sa.Column('ssyk', sa.String(length=8), nullable=False),
        sa.Column('field_id', sa.Integer(), nullable=True),
        sa.Column('need_source', sa.String(length=300), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['field_id'], ['field.id'], name=op.f('fk_occupation_field_id_field')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_occupation')),
        sa.UniqueConstraint('slug', name=op.f('uq_occupation_slug')),
    )
    op.create_table(
        'occupation_translation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('occupation_id', sa.Integer(), nullable=False),
        sa.Column('locale', sa.String(length=8), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('need', sa.Text(), nullable=False),
        sa.Column('synonyms', sa.Text(), nullable=False),
        sa.Column('reviewed', sa.Boolean(), nullable=False),
        sa.Column('source_version', sa.Integer(), nullable=True),
        sa.Column('search_terms', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['occupation_id'], ['occupation.id'], name=op.f('fk_occupation_translation_occupation_id_occupation'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_occupation_translation')),
        sa.UniqueConstraint('occupation_id', 'locale', name=op.f('uq_occupation_translation_occupation_id')),
    )
    op.create_table(
        'programme_occupation',
        sa.Column('programme_id', sa.Integer(), nullable=False),
        sa.Column('occupation_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['occupation_id'], ['occupation.id'], name=op.f('fk_programme_occupation_occupation_id_occupation'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_programme_occupation_programme_id_programme'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('programme_id', 'occupation_id', name=op.f('pk_programme_occupation')),
    )
    op.create_table(
        'occupation_revision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('occupation_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('summary', sa.String(length=200), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['occupation_id'], ['occupation.id'], name=op.f('fk_occupation_revision_occupation_id_occupation'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_occupation_revision_user_id_user'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_occupation_revision')),
    )
    with op.batch_alter_table('occupation_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_occupation_revision_occupation_id'), ['occupation_id'], unique=False)


def downgrade():
    op.drop_table('occupation_revision')
    op.drop_table('programme_occupation')
    op.drop_table('occupation_translation')
    op.drop_table('occupation')
