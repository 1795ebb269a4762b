"""goals: objectives with key results and check-ins, managers' monthly sales plans

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:45:00

objective (company / branch / department / person, a period), key_result (bound to a metric with filters,
or manual), check_in (a manual key result's reported values, with comments), sales_plan (manager × month).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | Sequence[str] | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VALUE = sa.Numeric(precision=18, scale=4)


def _audited(table: str) -> list:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f(f'fk_{table}_created_by_id_app_user')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['app_user.id'], name=op.f(f'fk_{table}_updated_by_id_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def upgrade() -> None:
    op.create_table(
        'objective',
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('level', sa.String(length=12), nullable=False),
        sa.Column('branch_id', sa.Integer(), nullable=True),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        sa.Column('period_start', sa.Date(), nullable=False),
        sa.Column('period_end', sa.Date(), nullable=False),
        *_audited('objective'),
        sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_objective_branch_id_branch')),
        sa.ForeignKeyConstraint(['department_id'], ['department.id'],
                                name=op.f('fk_objective_department_id_department')),
        sa.ForeignKeyConstraint(['owner_id'], ['app_user.id'], name=op.f('fk_objective_owner_id_app_user')),
    )
    op.create_index('ix_objective_period', 'objective', ['period_start', 'period_end'])
    op.create_index(op.f('ix_objective_owner_id'), 'objective', ['owner_id'])
    op.create_table(
        'key_result',
        sa.Column('objective_id', sa.Integer(), nullable=False),
        sa.Column('sort_order', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('metric', sa.String(length=40), nullable=False),
        sa.Column('manager_id', sa.Integer(), nullable=True),
        sa.Column('category_id', sa.Integer(), nullable=True),
        sa.Column('pipeline_id', sa.Integer(), nullable=True),
        sa.Column('start_value', VALUE, nullable=False),
        sa.Column('target_value', VALUE, nullable=False),
        sa.Column('current_value', VALUE, nullable=True),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        *_audited('key_result'),
        sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_key_result_objective_id_objective'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['manager_id'], ['app_user.id'], name=op.f('fk_key_result_manager_id_app_user')),
        sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_key_result_category_id_category')),
        sa.ForeignKeyConstraint(['pipeline_id'], ['pipeline.id'], name=op.f('fk_key_result_pipeline_id_pipeline')),
        sa.ForeignKeyConstraint(['owner_id'], ['app_user.id'], name=op.f('fk_key_result_owner_id_app_user')),
    )
    op.create_index(op.f('ix_key_result_objective_id'), 'key_result', ['objective_id'])
    op.create_table(
        'check_in',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key_result_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('value', VALUE, nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['key_result_id'], ['key_result.id'],
                                name=op.f('fk_check_in_key_result_id_key_result'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_check_in_user_id_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_check_in')),
    )
    op.create_index(op.f('ix_check_in_key_result_id'), 'check_in', ['key_result_id'])
    op.create_table(
        'sales_plan',
        sa.Column('manager_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('amount', sa.Numeric(precision=18, scale=2), nullable=False),
        *_audited('sales_plan'),
        sa.ForeignKeyConstraint(['manager_id'], ['app_user.id'], name=op.f('fk_sales_plan_manager_id_app_user'),
                                ondelete='CASCADE'),
        sa.UniqueConstraint('manager_id', 'month', name=op.f('uq_sales_plan_manager_id')),
    )
    op.create_index(op.f('ix_sales_plan_month'), 'sales_plan', ['month'])


def downgrade() -> None:
    op.drop_table('sales_plan')
    op.drop_table('check_in')
    op.drop_table('key_result')
    op.drop_table('objective')
