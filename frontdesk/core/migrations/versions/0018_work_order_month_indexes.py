"""work orders: indexes on the moments a month's figures count by (completed, completion due, reply
due) — the monthly report's rates read them for three kinds and two months

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0018'
down_revision: Union[str, Sequence[str], None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_work_order_completed_at'), 'work_order', ['completed_at'], unique=False)
    op.create_index(op.f('ix_work_order_complete_due'), 'work_order', ['complete_due'], unique=False)
    op.create_index(op.f('ix_work_order_reply_due'), 'work_order', ['reply_due'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_work_order_reply_due'), table_name='work_order')
    op.drop_index(op.f('ix_work_order_complete_due'), table_name='work_order')
    op.drop_index(op.f('ix_work_order_completed_at'), table_name='work_order')
