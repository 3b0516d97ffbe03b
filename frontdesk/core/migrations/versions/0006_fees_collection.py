"""fees: billing cycles, one-off bills, part payments, meter readings, reminders, late-fee waivers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('fee_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cycle', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.add_column(sa.Column('one_off', sa.Boolean(), server_default=sa.text('false'), nullable=False))
        batch_op.add_column(sa.Column('paid', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.drop_constraint('uq_bill_period', type_='unique')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.create_index('uq_bill_period', ['room_id', 'item_id', 'period_start'], unique=True,
                              sqlite_where=sa.text('one_off = 0'), postgresql_where=sa.text('NOT one_off'))
        batch_op.create_index('ix_bill_unpaid', ['room_id', 'period_start', 'amount', 'paid'], unique=False,
                              sqlite_where=sa.text('receipt_id IS NULL'),
                              postgresql_where=sa.text('receipt_id IS NULL'))
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('late_fee_waived', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('waive_reason', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('waived_by', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_receipt_waived_by_operator'), 'operator', ['waived_by'], ['id'])

    op.create_table('bill_part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bill_id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['bill_id'], ['bill.id'], name=op.f('fk_bill_part_bill_id_bill')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_bill_part_receipt_id_receipt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_part'))
    )
    with op.batch_alter_table('bill_part', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_part_bill_id'), ['bill_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_part_receipt_id'), ['receipt_id'], unique=False)

    op.create_table('meter_reading',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('reading', sa.BigInteger(), nullable=False),
    sa.Column('bill_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['bill_id'], ['bill.id'], name=op.f('fk_meter_reading_bill_id_bill')),
    sa.ForeignKeyConstraint(['created_by'], ['operator.id'], name=op.f('fk_meter_reading_created_by_operator')),
    sa.ForeignKeyConstraint(['item_id'], ['fee_item.id'], name=op.f('fk_meter_reading_item_id_fee_item')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_meter_reading_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_reading')),
    sa.UniqueConstraint('room_id', 'item_id', 'period_start', name='uq_meter_reading_month')
    )

    op.create_table('reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=False),
    sa.Column('arrears', sa.BigInteger(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_reminder_operator_id_operator')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_reminder_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder'))
    )
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_room_id'), ['room_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_room_id'))
    op.drop_table('reminder')
    op.drop_table('meter_reading')
    with op.batch_alter_table('bill_part', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_part_receipt_id'))
        batch_op.drop_index(batch_op.f('ix_bill_part_bill_id'))
    op.drop_table('bill_part')
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_receipt_waived_by_operator'), type_='foreignkey')
        batch_op.drop_column('waived_by')
        batch_op.drop_column('waive_reason')
        batch_op.drop_column('late_fee_waived')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.drop_index('ix_bill_unpaid')
        batch_op.drop_index('uq_bill_period')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_bill_period', ['room_id', 'item_id', 'period_start'])
        batch_op.drop_column('paid')
        batch_op.drop_column('one_off')
    with op.batch_alter_table('fee_item', schema=None) as batch_op:
        batch_op.drop_column('cycle')
