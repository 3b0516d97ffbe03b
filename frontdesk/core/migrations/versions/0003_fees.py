"""fees

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Fees: items and dated prices, bills, receipts and their lines.

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""

    op.create_table('fee_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('rule', sa.String(length=16), nullable=False),
    sa.Column('applies_to', sa.String(length=8), nullable=False),
    sa.Column('custody_rate', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_item')),
    sa.UniqueConstraint('code', name=op.f('uq_fee_item_code'))
    )
    op.create_table('fee_price',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['operator.id'], name=op.f('fk_fee_price_created_by_operator')),
    sa.ForeignKeyConstraint(['item_id'], ['fee_item.id'], name=op.f('fk_fee_price_item_id_fee_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_price')),
    sa.UniqueConstraint('item_id', 'valid_from', name='uq_fee_price_day')
    )
    with op.batch_alter_table('fee_price', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fee_price_item_id'), ['item_id'], unique=False)

    op.create_table('receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('payer', sa.String(length=64), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('cash_received', sa.BigInteger(), nullable=True),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('voided_by', sa.Integer(), nullable=True),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('reprints', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_receipt_operator_id_operator')),
    sa.ForeignKeyConstraint(['reverses_id'], ['receipt.id'], name=op.f('fk_receipt_reverses_id_receipt')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_receipt_room_id_room')),
    sa.ForeignKeyConstraint(['voided_by'], ['operator.id'], name=op.f('fk_receipt_voided_by_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt')),
    sa.UniqueConstraint('number', name=op.f('uq_receipt_number'))
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_issued_at'), ['issued_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_operator_id'), ['operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_receipt_room_id'), ['room_id'], unique=False)

    op.create_table('bill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('rate_pct', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('description', sa.String(length=100), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['operator.id'], name=op.f('fk_bill_created_by_operator')),
    sa.ForeignKeyConstraint(['item_id'], ['fee_item.id'], name=op.f('fk_bill_item_id_fee_item')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_bill_receipt_id_receipt')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_bill_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill')),
    sa.UniqueConstraint('room_id', 'item_id', 'period_start', name='uq_bill_period')
    )
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.create_index('ix_bill_period', ['period_start', 'receipt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_receipt_id'), ['receipt_id'], unique=False)
        batch_op.create_index('ix_bill_room_due', ['room_id', 'receipt_id', 'period_start'], unique=False)

    op.create_table('receipt_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('item_name', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.String(length=80), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_receipt_line_receipt_id_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_line'))
    )
    with op.batch_alter_table('receipt_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_line_receipt_id'), ['receipt_id'], unique=False)




def downgrade() -> None:
    """Downgrade schema."""

    with op.batch_alter_table('receipt_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_line_receipt_id'))

    op.drop_table('receipt_line')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.drop_index('ix_bill_room_due')
        batch_op.drop_index(batch_op.f('ix_bill_receipt_id'))
        batch_op.drop_index('ix_bill_period')

    op.drop_table('bill')
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_room_id'))
        batch_op.drop_index(batch_op.f('ix_receipt_operator_id'))
        batch_op.drop_index(batch_op.f('ix_receipt_issued_at'))

    op.drop_table('receipt')
    with op.batch_alter_table('fee_price', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fee_price_item_id'))

    op.drop_table('fee_price')
    op.drop_table('fee_item')

