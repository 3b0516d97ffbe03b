"""shift close

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Shift close (交班): closed shifts and which shift each receipt and void was closed in.

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""

    op.create_table('shift_close',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.Column('receipts', sa.Integer(), nullable=False),
    sa.Column('voids', sa.Integer(), nullable=False),
    sa.Column('issued_total', sa.BigInteger(), nullable=False),
    sa.Column('voided_total', sa.BigInteger(), nullable=False),
    sa.Column('cash_expected', sa.BigInteger(), nullable=False),
    sa.Column('cash_counted', sa.BigInteger(), nullable=False),
    sa.Column('detail', sa.String(length=4000), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_shift_close_operator_id_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_close'))
    )
    with op.batch_alter_table('shift_close', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_close_closed_at'), ['closed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_close_operator_id'), ['operator_id'], unique=False)

    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shift_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('void_shift_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_receipt_shift_id'), ['shift_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_receipt_void_shift_id_shift_close'), 'shift_close', ['void_shift_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_receipt_shift_id_shift_close'), 'shift_close', ['shift_id'], ['id'])




def downgrade() -> None:
    """Downgrade schema."""

    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_receipt_shift_id_shift_close'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_receipt_void_shift_id_shift_close'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_receipt_shift_id'))
        batch_op.drop_column('void_shift_id')
        batch_op.drop_column('shift_id')

    with op.batch_alter_table('shift_close', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_close_operator_id'))
        batch_op.drop_index(batch_op.f('ix_shift_close_closed_at'))

    op.drop_table('shift_close')

