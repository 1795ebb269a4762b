"""document languages: a client's own document language and the calendar of Persian documents

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 15:00:00

client.language: the language documents for this client print in ('' = the company's document language);
company.persian_calendar: 'jalali' (the default: Iranian offices date their papers in the Solar Hijri
calendar) or 'gregorian', used by documents printed in Persian.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | Sequence[str] | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('client', sa.Column('language', sa.String(length=5), server_default='', nullable=False))
    op.add_column('company', sa.Column('persian_calendar', sa.String(length=10), server_default='jalali',
                                       nullable=False))


def downgrade() -> None:
    # Batch mode: SQLite drops a column by copying the table.
    with op.batch_alter_table('company') as batch_op:
        batch_op.drop_column('persian_calendar')
    with op.batch_alter_table('client') as batch_op:
        batch_op.drop_column('language')
