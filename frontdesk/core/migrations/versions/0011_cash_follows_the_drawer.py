"""fees: cash follows the drawer — a deposit refund counts in the shift of the desk that paid it
(``deposit.refund_shift_id``), and money paid out beyond what a drawer holds records what its
float advanced (``receipt.float_advance`` for a void or a 红冲, ``deposit.float_advance`` for a
refund). Refunds made before this revision are placed in the refunding operator's close that
followed them (that close's figures stay as printed); refunds since the last close count in the
open shift.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('float_advance', sa.BigInteger(), nullable=True))
    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('float_advance', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('refund_shift_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_deposit_refund_shift_id_shift_close', 'shift_close', ['refund_shift_id'],
                                    ['id'])
    op.execute("""
        UPDATE deposit SET refund_shift_id = (
            SELECT c.id FROM shift_close c
            WHERE c.operator_id = deposit.settled_by AND c.closed_at >= deposit.settled_at
            ORDER BY c.closed_at, c.id LIMIT 1)
        WHERE refund_amount > 0 AND settled_by IS NOT NULL""")


def downgrade() -> None:
    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.drop_constraint('fk_deposit_refund_shift_id_shift_close', type_='foreignkey')
        batch_op.drop_column('refund_shift_id')
        batch_op.drop_column('float_advance')
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_column('float_advance')
