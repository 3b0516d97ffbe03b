"""the move-in (入住办理): a room's move-in (``move_in.live_room`` unique while it is under way), its
steps as they are done (one row each, with their data and signature) and the rules a supervisor keeps

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0015'
down_revision: Union[str, Sequence[str], None] = '0014'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('move_in_rule',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['operator.id'], name=op.f('fk_move_in_rule_updated_by_operator')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_move_in_rule'))
    )
    op.create_table('move_in',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('live_room', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('who', sa.String(length=8), nullable=False),
    sa.Column('owner', sa.String(length=64), nullable=False),
    sa.Column('agent', sa.String(length=64), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('started_by', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('finished_by', sa.Integer(), nullable=True),
    sa.Column('move_in_date', sa.Date(), nullable=True),
    sa.Column('custody_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['finished_by'], ['operator.id'], name=op.f('fk_move_in_finished_by_operator')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_move_in_room_id_room')),
    sa.ForeignKeyConstraint(['started_by'], ['operator.id'], name=op.f('fk_move_in_started_by_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_in')),
    sa.UniqueConstraint('live_room', name=op.f('uq_move_in_live_room')),
    sa.UniqueConstraint('number', name=op.f('uq_move_in_number'))
    )
    with op.batch_alter_table('move_in', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_in_room_id'), ['room_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_move_in_started_at'), ['started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_move_in_state'), ['state'], unique=False)

    op.create_table('move_in_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('move_in_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=True),
    sa.Column('unsigned', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['move_in_id'], ['move_in.id'], name=op.f('fk_move_in_step_move_in_id_move_in')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_move_in_step_operator_id_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_in_step')),
    sa.UniqueConstraint('move_in_id', 'step', name='uq_move_in_step_step')
    )


def downgrade() -> None:
    op.drop_table('move_in_step')
    with op.batch_alter_table('move_in', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_move_in_state'))
        batch_op.drop_index(batch_op.f('ix_move_in_started_at'))
        batch_op.drop_index(batch_op.f('ix_move_in_room_id'))
    op.drop_table('move_in')
    op.drop_table('move_in_rule')
