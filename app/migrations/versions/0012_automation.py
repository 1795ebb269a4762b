"""automation rules, their event queue, run log, once-per-period marks and in-app notices

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 12:45:00

New tables automation_rule (edited by an administrator), automation_event (the durable queue written in
the triggering change's own transaction), automation_run (the rule-run log), automation_firing (one row
per rule and period or record: a scheduled rule fires once per period across restarts and desktops)
and automation_notice (messages to users).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'automation_rule',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('trigger', sa.String(length=40), nullable=False),
        sa.Column('trigger_params', sa.Text(), nullable=False),
        sa.Column('conditions', sa.Text(), nullable=False),
        sa.Column('actions', sa.Text(), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'],
                                name=op.f('fk_automation_rule_created_by_id_app_user')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['app_user.id'],
                                name=op.f('fk_automation_rule_updated_by_id_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_rule')),
    )
    op.create_index(op.f('ix_automation_rule_trigger'), 'automation_rule', ['trigger'])
    op.create_table(
        'automation_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('trigger', sa.String(length=40), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('rule_id', sa.Integer(), nullable=True),
        sa.Column('changes', sa.Text(), nullable=False),
        sa.Column('depth', sa.Integer(), nullable=False),
        sa.Column('chain', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
        sa.Column('claimed_at', sa.DateTime(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['rule_id'], ['automation_rule.id'],
                                name=op.f('fk_automation_event_rule_id_automation_rule'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_event')),
    )
    op.create_index(op.f('ix_automation_event_rule_id'), 'automation_event', ['rule_id'])
    op.create_index('ix_automation_event_status_due', 'automation_event', ['status', 'next_attempt_at'])
    op.create_table(
        'automation_run',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('rule_name', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('label', sa.String(length=300), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['event_id'], ['automation_event.id'],
                                name=op.f('fk_automation_run_event_id_automation_event'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['rule_id'], ['automation_rule.id'],
                                name=op.f('fk_automation_run_rule_id_automation_rule'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_run')),
    )
    op.create_index(op.f('ix_automation_run_event_id'), 'automation_run', ['event_id'])
    op.create_index(op.f('ix_automation_run_at'), 'automation_run', ['at'])
    op.create_index('ix_automation_run_rule', 'automation_run', ['rule_id', 'id'])
    op.create_table(
        'automation_firing',
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=80), nullable=False),
        sa.Column('fired_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['rule_id'], ['automation_rule.id'],
                                name=op.f('fk_automation_firing_rule_id_automation_rule'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('rule_id', 'key', name=op.f('pk_automation_firing')),
    )
    op.create_table(
        'automation_notice',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('text', sa.String(length=1000), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('rule_id', sa.Integer(), nullable=True),
        sa.Column('read_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['app_user.id'],
                                name=op.f('fk_automation_notice_user_id_app_user'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['rule_id'], ['automation_rule.id'],
                                name=op.f('fk_automation_notice_rule_id_automation_rule'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_automation_notice')),
    )
    op.create_index('ix_automation_notice_user_read', 'automation_notice', ['user_id', 'read_at'])


def downgrade() -> None:
    op.drop_table('automation_notice')
    op.drop_table('automation_firing')
    op.drop_table('automation_run')
    op.drop_table('automation_event')
    op.drop_table('automation_rule')
