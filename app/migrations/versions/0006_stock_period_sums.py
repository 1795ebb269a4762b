"""stock period sums: the ledger summed per product × warehouse × lot and month

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 07:00:00

Stock at a past date used to sum the ledger on one side of the date (half of it, a year back on a
two-year ledger). `stock_period_sum` keeps each month's sum, maintained with the moves, so a past date
reads whole months from it and only the moves of its own month. Filled here from the existing ledger.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('stock_period_sum',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('lot_key', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=18, scale=3), nullable=False),
    sa.Column('value', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_stock_period_sum_product_id_product')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'],
                            name=op.f('fk_stock_period_sum_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_period_sum')),
    sa.UniqueConstraint('product_id', 'warehouse_id', 'lot_key', 'period',
                        name=op.f('uq_stock_period_sum_product_id'))
    )
    with op.batch_alter_table('stock_period_sum', schema=None) as batch_op:
        batch_op.create_index('ix_stock_period_sum_period', ['period', 'product_id', 'warehouse_id', 'lot_key'],
                              unique=False)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        month = "CAST(date_trunc('month', moved_at) AS date)"
    else:
        month = "date(moved_at, 'start of month')"
    conn.execute(sa.text(
        "INSERT INTO stock_period_sum (product_id, warehouse_id, lot_key, period, quantity, value) "
        f"SELECT product_id, warehouse_id, COALESCE(lot_id, 0), {month}, SUM(quantity), SUM(value) "
        f"FROM stock_move GROUP BY product_id, warehouse_id, COALESCE(lot_id, 0), {month}"))


def downgrade() -> None:
    with op.batch_alter_table('stock_period_sum', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_period_sum_period')
    op.drop_table('stock_period_sum')
