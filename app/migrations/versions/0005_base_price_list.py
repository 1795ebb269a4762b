"""base price list made with the company

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 19:40:00

The base price list used to be made on first use, which let a read (the client's Prices tab) write
and race the single writer on SQLite. It is now made when the company is set up; this gives the
databases set up before that their base list, so reads never need to.
"""
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    price_list = sa.table("price_list", sa.column("name"), sa.column("name_key"), sa.column("is_base"),
                          sa.column("currency"), sa.column("archived"), sa.column("created_at"),
                          sa.column("updated_at"), sa.column("version"))
    has_company = conn.execute(sa.text("SELECT 1 FROM company LIMIT 1")).first() is not None
    has_base = conn.execute(sa.text("SELECT 1 FROM price_list WHERE is_base")).first() is not None
    if has_company and not has_base:
        now = datetime.now(UTC).replace(tzinfo=None)
        conn.execute(price_list.insert().values(name="Base", name_key="base", is_base=True, currency="USD",
                                                archived=False, created_at=now, updated_at=now, version=1))


def downgrade() -> None:
    # The base list holds the explicit prices the user entered: it stays.
    pass
