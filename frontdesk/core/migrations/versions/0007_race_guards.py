"""race guards: a bill's paid stays within 0..amount, a receipt is reversed at most once; a busy
shift's close fits (its detail was cut at 4000 characters, which PostgreSQL refused)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Stores written while two desks could void the same receipt twice may hold bills whose ``paid``
went below zero. Before the constraint is added, ``paid`` of every bill with part payments is
set back to the sum of its live parts (their receipt neither voided nor reversed).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(sa.text(
        "UPDATE bill SET paid = COALESCE((SELECT SUM(p.amount) FROM bill_part p JOIN receipt r ON r.id = p.receipt_id "
        "WHERE p.bill_id = bill.id AND r.status = '正常' "
        "AND NOT EXISTS (SELECT 1 FROM receipt x WHERE x.reverses_id = r.id)), 0) "
        "WHERE id IN (SELECT bill_id FROM bill_part)"))
    op.execute(sa.text("UPDATE bill SET paid = amount WHERE paid > amount"))
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.create_check_constraint('paid_range', sa.text('paid >= 0 AND paid <= amount'))
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index('uq_receipt_reverses', ['reverses_id'], unique=True)
    with op.batch_alter_table('shift_close', schema=None) as batch_op:
        batch_op.alter_column('detail', existing_type=sa.String(length=4000), type_=sa.Text(),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('shift_close', schema=None) as batch_op:
        batch_op.alter_column('detail', existing_type=sa.Text(), type_=sa.String(length=4000),
                              existing_nullable=False)
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index('uq_receipt_reverses')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.drop_constraint('ck_bill_paid_range', type_='check')
