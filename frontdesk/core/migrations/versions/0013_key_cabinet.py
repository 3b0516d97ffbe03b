"""the key cabinet (钥匙): key sets on their hooks (``key_set.live_hook`` unique while the desk holds a
set), their movements with signatures, the shift-handover counts and the rules a supervisor keeps

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('key_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('outgoing_id', sa.Integer(), nullable=True),
    sa.Column('outgoing', sa.String(length=32), nullable=False),
    sa.Column('incoming_id', sa.Integer(), nullable=True),
    sa.Column('incoming', sa.String(length=32), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.Column('found', sa.Integer(), nullable=False),
    sa.Column('lines', sa.Text(), nullable=False),
    sa.Column('outgoing_signature', sa.LargeBinary(), nullable=True),
    sa.Column('incoming_signature', sa.LargeBinary(), nullable=True),
    sa.Column('prints', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incoming_id'], ['operator.id'], name=op.f('fk_key_count_incoming_id_operator')),
    sa.ForeignKeyConstraint(['outgoing_id'], ['operator.id'], name=op.f('fk_key_count_outgoing_id_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_count')),
    sa.UniqueConstraint('number', name=op.f('uq_key_count_number'))
    )
    with op.batch_alter_table('key_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_count_at'), ['at'], unique=False)

    op.create_table('key_rule',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['operator.id'], name=op.f('fk_key_rule_updated_by_operator')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_key_rule'))
    )
    op.create_table('key_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=32), nullable=False),
    sa.Column('hook', sa.String(length=12), nullable=False),
    sa.Column('live_hook', sa.String(length=12), nullable=True),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('collectors', sa.Text(), nullable=False),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    sa.Column('receipt', sa.String(length=20), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['operator.id'], name=op.f('fk_key_set_created_by_operator')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_key_set_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_set')),
    sa.UniqueConstraint('live_hook', name=op.f('uq_key_set_live_hook')),
    sa.UniqueConstraint('tag', name=op.f('uq_key_set_tag'))
    )
    with op.batch_alter_table('key_set', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_set_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_set_state'), ['state'], unique=False)

    op.create_table('key_move',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('set_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('person_kind', sa.String(length=8), nullable=False),
    sa.Column('person', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('purpose', sa.String(length=100), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('work_order', sa.String(length=20), nullable=False),
    sa.Column('expected_back', sa.DateTime(), nullable=True),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('missing', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approver', sa.String(length=32), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=True),
    sa.Column('unsigned', sa.String(length=100), nullable=False),
    sa.Column('closes_id', sa.Integer(), nullable=True),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.Column('prints', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['operator.id'], name=op.f('fk_key_move_approved_by_operator')),
    sa.ForeignKeyConstraint(['closes_id'], ['key_move.id'], name=op.f('fk_key_move_closes_id_key_move')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_key_move_operator_id_operator')),
    sa.ForeignKeyConstraint(['set_id'], ['key_set.id'], name=op.f('fk_key_move_set_id_key_set')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_key_move_work_order_id_work_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_move')),
    sa.UniqueConstraint('number', name=op.f('uq_key_move_number'))
    )
    with op.batch_alter_table('key_move', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_move_at'), ['at'], unique=False)
        batch_op.create_index('ix_key_move_set_at', ['set_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_move_work_order_id'), ['work_order_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('key_move', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_move_work_order_id'))
        batch_op.drop_index('ix_key_move_set_at')
        batch_op.drop_index(batch_op.f('ix_key_move_at'))

    op.drop_table('key_move')
    with op.batch_alter_table('key_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_set_state'))
        batch_op.drop_index(batch_op.f('ix_key_set_room_id'))

    op.drop_table('key_set')
    op.drop_table('key_rule')
    with op.batch_alter_table('key_count', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_count_at'))

    op.drop_table('key_count')
