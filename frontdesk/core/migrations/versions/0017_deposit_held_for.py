"""fees: a deposit held for another task's paper (``deposit.held_for``: a renovation permit's number, a
worker pass's) is refunded or forfeited only with that paper, not at the fees desk; the deposits the
证件 task took before this revision get their paper's number

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0017'
down_revision: Union[str, Sequence[str], None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('held_for', sa.String(length=20), nullable=False, server_default=''))
    op.execute("UPDATE deposit SET held_for = (SELECT r.number FROM renovation r WHERE r.owner_deposit_id = deposit.id "
               "OR r.contractor_deposit_id = deposit.id) WHERE EXISTS (SELECT 1 FROM renovation r WHERE "
               "r.owner_deposit_id = deposit.id OR r.contractor_deposit_id = deposit.id)")
    op.execute("UPDATE deposit SET held_for = (SELECT p.number FROM pass_doc p WHERE p.deposit_id = deposit.id) "
               "WHERE EXISTS (SELECT 1 FROM pass_doc p WHERE p.deposit_id = deposit.id)")


def downgrade() -> None:
    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.drop_column('held_for')
