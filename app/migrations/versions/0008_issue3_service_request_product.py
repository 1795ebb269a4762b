"""service requests link a catalog product

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 06:50:00

A service request used to name its product in free text only; it now points at the catalog
product (`product_id`, SET NULL if the product is deleted). The free text stays for details such
as the serial number. A request whose text is exactly a product's SKU is linked to that product.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('service_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('product_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_service_request_product_id'), ['product_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_service_request_product_id_product'), 'product',
                                    ['product_id'], ['id'], ondelete='SET NULL')
    op.execute(sa.text(
        "UPDATE service_request SET product_id = (SELECT product.id FROM product "
        "WHERE product.sku_key = lower(trim(service_request.product_ref))) "
        "WHERE product_ref <> '' AND product_id IS NULL"))


def downgrade() -> None:
    with op.batch_alter_table('service_request', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_service_request_product_id_product'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_service_request_product_id'))
        batch_op.drop_column('product_id')
