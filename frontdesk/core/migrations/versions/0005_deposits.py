"""deposits

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Deposits (押金): held from collection until refunded or forfeited.

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""

    op.create_table('deposit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('payer', sa.String(length=64), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('collected_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('settled_at', sa.DateTime(), nullable=True),
    sa.Column('settled_by', sa.Integer(), nullable=True),
    sa.Column('refund_amount', sa.BigInteger(), nullable=True),
    sa.Column('forfeit_amount', sa.BigInteger(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('voucher_number', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_deposit_receipt_id_receipt')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_deposit_room_id_room')),
    sa.ForeignKeyConstraint(['settled_by'], ['operator.id'], name=op.f('fk_deposit_settled_by_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deposit')),
    sa.UniqueConstraint('voucher_number', name=op.f('uq_deposit_voucher_number'))
    )
    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deposit_receipt_id'), ['receipt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deposit_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deposit_status'), ['status'], unique=False)




def downgrade() -> None:
    """Downgrade schema."""

    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deposit_status'))
        batch_op.drop_index(batch_op.f('ix_deposit_room_id'))
        batch_op.drop_index(batch_op.f('ix_deposit_receipt_id'))

    op.drop_table('deposit')

