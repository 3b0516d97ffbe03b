"""the monthly report's 定稿: a month's workbook as a supervisor sent it, with its key figures

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0016'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('report_freeze',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('frozen_at', sa.DateTime(), nullable=False),
    sa.Column('frozen_by', sa.Integer(), nullable=True),
    sa.Column('frozen_by_name', sa.String(length=32), nullable=False),
    sa.Column('figures', sa.Text(), nullable=False),
    sa.Column('workbook', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['frozen_by'], ['operator.id'], name=op.f('fk_report_freeze_frozen_by_operator')),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_report_freeze'))
    )


def downgrade() -> None:
    op.drop_table('report_freeze')
