"""work orders: a category may have its own follow-up time (working days), set by the supervisor;
without one its follow-up rule's (safety 2, leak 3 after the water test, other 2) applies

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('wo_category', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follow_workdays', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('wo_category', schema=None) as batch_op:
        batch_op.drop_column('follow_workdays')
