"""passes and permits (证件): the renovation and its events, the documents issued (施工证, 临时证,
动火证, 放行条) and the rules a supervisor keeps; a room's live renovation is unique
(``renovation.live_room_id``)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('pass_rule',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['operator.id'], name=op.f('fk_pass_rule_updated_by_operator')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_pass_rule'))
    )
    op.create_table('renovation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('live_room_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('owner', sa.String(length=64), nullable=False),
    sa.Column('owner_phone', sa.String(length=20), nullable=False),
    sa.Column('contractor', sa.String(length=64), nullable=False),
    sa.Column('manager', sa.String(length=32), nullable=False),
    sa.Column('manager_phone', sa.String(length=20), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('works', sa.Text(), nullable=False),
    sa.Column('works_other', sa.String(length=200), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('structural', sa.Boolean(), nullable=False),
    sa.Column('approval_no', sa.String(length=40), nullable=False),
    sa.Column('documents', sa.Text(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('applied_by', sa.Integer(), nullable=True),
    sa.Column('approve_due', sa.DateTime(), nullable=False),
    sa.Column('water_test', sa.String(length=12), nullable=False),
    sa.Column('water_test_on', sa.Date(), nullable=True),
    sa.Column('water_witness', sa.String(length=32), nullable=False),
    sa.Column('pressure_test', sa.String(length=12), nullable=False),
    sa.Column('pressure_test_on', sa.Date(), nullable=True),
    sa.Column('pressure_witness', sa.String(length=32), nullable=False),
    sa.Column('owner_signed', sa.Boolean(), nullable=False),
    sa.Column('engineer', sa.String(length=32), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('owner_deposit_id', sa.Integer(), nullable=True),
    sa.Column('contractor_deposit_id', sa.Integer(), nullable=True),
    sa.Column('waste_bill_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('issued_by', sa.Integer(), nullable=True),
    sa.Column('prints', sa.Integer(), nullable=False),
    sa.Column('accepted_at', sa.DateTime(), nullable=True),
    sa.Column('accepted_by', sa.Integer(), nullable=True),
    sa.Column('contractor_refund_due', sa.Date(), nullable=True),
    sa.Column('rectify', sa.String(length=200), nullable=False),
    sa.Column('recheck_on', sa.Date(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('voided_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['accepted_by'], ['operator.id'], name=op.f('fk_renovation_accepted_by_operator')),
    sa.ForeignKeyConstraint(['applied_by'], ['operator.id'], name=op.f('fk_renovation_applied_by_operator')),
    sa.ForeignKeyConstraint(['approved_by'], ['operator.id'], name=op.f('fk_renovation_approved_by_operator')),
    sa.ForeignKeyConstraint(['contractor_deposit_id'], ['deposit.id'], name=op.f('fk_renovation_contractor_deposit_id_deposit')),
    sa.ForeignKeyConstraint(['issued_by'], ['operator.id'], name=op.f('fk_renovation_issued_by_operator')),
    sa.ForeignKeyConstraint(['live_room_id'], ['room.id'], name=op.f('fk_renovation_live_room_id_room')),
    sa.ForeignKeyConstraint(['owner_deposit_id'], ['deposit.id'], name=op.f('fk_renovation_owner_deposit_id_deposit')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_renovation_room_id_room')),
    sa.ForeignKeyConstraint(['voided_by'], ['operator.id'], name=op.f('fk_renovation_voided_by_operator')),
    sa.ForeignKeyConstraint(['waste_bill_id'], ['bill.id'], name=op.f('fk_renovation_waste_bill_id_bill')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renovation')),
    sa.UniqueConstraint('live_room_id', name=op.f('uq_renovation_live_room_id')),
    sa.UniqueConstraint('number', name=op.f('uq_renovation_number'))
    )
    with op.batch_alter_table('renovation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_renovation_contractor_refund_due'), ['contractor_refund_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_renovation_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_renovation_state'), ['state'], unique=False)
        batch_op.create_index('ix_renovation_state_end', ['state', 'end'], unique=False)

    op.create_table('pass_doc',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('renovation_id', sa.Integer(), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('holder', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('purpose', sa.String(length=100), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('valid_from', sa.DateTime(), nullable=False),
    sa.Column('valid_to', sa.DateTime(), nullable=False),
    sa.Column('deposit_id', sa.Integer(), nullable=True),
    sa.Column('bill_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.Integer(), nullable=True),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('used_by', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.Integer(), nullable=True),
    sa.Column('close_note', sa.String(length=200), nullable=False),
    sa.Column('prints', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['operator.id'], name=op.f('fk_pass_doc_approved_by_operator')),
    sa.ForeignKeyConstraint(['bill_id'], ['bill.id'], name=op.f('fk_pass_doc_bill_id_bill')),
    sa.ForeignKeyConstraint(['closed_by'], ['operator.id'], name=op.f('fk_pass_doc_closed_by_operator')),
    sa.ForeignKeyConstraint(['deposit_id'], ['deposit.id'], name=op.f('fk_pass_doc_deposit_id_deposit')),
    sa.ForeignKeyConstraint(['issued_by'], ['operator.id'], name=op.f('fk_pass_doc_issued_by_operator')),
    sa.ForeignKeyConstraint(['renovation_id'], ['renovation.id'], name=op.f('fk_pass_doc_renovation_id_renovation')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_pass_doc_room_id_room')),
    sa.ForeignKeyConstraint(['used_by'], ['operator.id'], name=op.f('fk_pass_doc_used_by_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pass_doc')),
    sa.UniqueConstraint('number', name=op.f('uq_pass_doc_number'))
    )
    with op.batch_alter_table('pass_doc', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pass_doc_issued_at'), ['issued_at'], unique=False)
        batch_op.create_index('ix_pass_doc_kind_state_to', ['kind', 'state', 'valid_to'], unique=False)
        batch_op.create_index(batch_op.f('ix_pass_doc_renovation_id'), ['renovation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pass_doc_room_id'), ['room_id'], unique=False)

    op.create_table('renovation_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('renovation_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.String(length=400), nullable=False),
    sa.Column('violation', sa.Boolean(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('order_number', sa.String(length=20), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_renovation_event_operator_id_operator')),
    sa.ForeignKeyConstraint(['renovation_id'], ['renovation.id'], name=op.f('fk_renovation_event_renovation_id_renovation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renovation_event'))
    )
    with op.batch_alter_table('renovation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_renovation_event_renovation_id'), ['renovation_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('renovation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_renovation_event_renovation_id'))

    op.drop_table('renovation_event')
    with op.batch_alter_table('pass_doc', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pass_doc_room_id'))
        batch_op.drop_index(batch_op.f('ix_pass_doc_renovation_id'))
        batch_op.drop_index('ix_pass_doc_kind_state_to')
        batch_op.drop_index(batch_op.f('ix_pass_doc_issued_at'))

    op.drop_table('pass_doc')
    with op.batch_alter_table('renovation', schema=None) as batch_op:
        batch_op.drop_index('ix_renovation_state_end')
        batch_op.drop_index(batch_op.f('ix_renovation_state'))
        batch_op.drop_index(batch_op.f('ix_renovation_room_id'))
        batch_op.drop_index(batch_op.f('ix_renovation_contractor_refund_due'))

    op.drop_table('renovation')
    op.drop_table('pass_rule')
