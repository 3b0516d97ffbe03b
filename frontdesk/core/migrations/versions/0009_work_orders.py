"""work orders (工单): orders, their history and follow-up calls; categories, departments,
workers; a room's repair warranty

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('call_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('work_order_number', sa.String(length=20), nullable=False, server_default=''))
    op.create_table('wo_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('completion_workdays', sa.Integer(), nullable=False),
    sa.Column('follow_kind', sa.String(length=8), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['wo_category.id'], name=op.f('fk_wo_category_parent_id_wo_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wo_category'))
    )
    op.create_table('wo_department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wo_department')),
    sa.UniqueConstraint('name', name=op.f('uq_wo_department_name'))
    )
    op.create_table('wo_worker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['wo_department.id'], name=op.f('fk_wo_worker_department_id_wo_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wo_worker'))
    )
    with op.batch_alter_table('wo_worker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wo_worker_department_id'), ['department_id'], unique=False)

    op.create_table('wo_warranty',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('until', sa.Date(), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.Column('set_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_wo_warranty_room_id_room')),
    sa.ForeignKeyConstraint(['set_by'], ['operator.id'], name=op.f('fk_wo_warranty_set_by_operator')),
    sa.PrimaryKeyConstraint('room_id', name=op.f('pk_wo_warranty'))
    )
    op.create_table('work_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=64), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('reporter', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('preferred_time', sa.String(length=64), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('severity', sa.String(length=4), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=True),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('registered_by', sa.Integer(), nullable=True),
    sa.Column('reply_due', sa.DateTime(), nullable=False),
    sa.Column('replied_at', sa.DateTime(), nullable=True),
    sa.Column('reply_text', sa.String(length=200), nullable=False),
    sa.Column('validity', sa.String(length=4), nullable=False),
    sa.Column('complete_due', sa.DateTime(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.Column('dispatched_at', sa.DateTime(), nullable=True),
    sa.Column('paused_at', sa.DateTime(), nullable=True),
    sa.Column('paused_seconds', sa.Integer(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('result', sa.String(length=200), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('hours', sa.BigInteger(), nullable=True),
    sa.Column('price', sa.BigInteger(), nullable=True),
    sa.Column('bill_id', sa.Integer(), nullable=True),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.Column('follow_due', sa.DateTime(), nullable=True),
    sa.Column('followed_at', sa.DateTime(), nullable=True),
    sa.Column('follow_attempts', sa.Integer(), nullable=False),
    sa.Column('unreachable', sa.Boolean(), nullable=False),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('repeat_of_id', sa.Integer(), nullable=True),
    sa.Column('linked_id', sa.Integer(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=200), nullable=False),
    sa.Column('slip_prints', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['bill_id'], ['bill.id'], name=op.f('fk_work_order_bill_id_bill')),
    sa.ForeignKeyConstraint(['call_id'], ['call_log.id'], name=op.f('fk_work_order_call_id_call_log')),
    sa.ForeignKeyConstraint(['category_id'], ['wo_category.id'], name=op.f('fk_work_order_category_id_wo_category')),
    sa.ForeignKeyConstraint(['department_id'], ['wo_department.id'], name=op.f('fk_work_order_department_id_wo_department')),
    sa.ForeignKeyConstraint(['linked_id'], ['work_order.id'], name=op.f('fk_work_order_linked_id_work_order')),
    sa.ForeignKeyConstraint(['registered_by'], ['operator.id'], name=op.f('fk_work_order_registered_by_operator')),
    sa.ForeignKeyConstraint(['repeat_of_id'], ['work_order.id'], name=op.f('fk_work_order_repeat_of_id_work_order')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_work_order_room_id_room')),
    sa.ForeignKeyConstraint(['worker_id'], ['wo_worker.id'], name=op.f('fk_work_order_worker_id_wo_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order')),
    sa.UniqueConstraint('number', name=op.f('uq_work_order_number'))
    )
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_order_registered_at'), ['registered_at'], unique=False)
        batch_op.create_index('ix_work_order_room_cat', ['room_id', 'category_id', 'registered_at'], unique=False)
        batch_op.create_index('ix_work_order_state_due', ['state', 'complete_due'], unique=False)

    op.create_table('wo_follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reached', sa.Boolean(), nullable=False),
    sa.Column('on_time', sa.Boolean(), nullable=True),
    sa.Column('attitude', sa.String(length=4), nullable=False),
    sa.Column('skill', sa.String(length=4), nullable=False),
    sa.Column('manners', sa.String(length=4), nullable=False),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('comment', sa.String(length=200), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_wo_follow_up_operator_id_operator')),
    sa.ForeignKeyConstraint(['order_id'], ['work_order.id'], name=op.f('fk_wo_follow_up_order_id_work_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wo_follow_up'))
    )
    with op.batch_alter_table('wo_follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wo_follow_up_order_id'), ['order_id'], unique=False)

    op.create_table('work_order_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_work_order_event_operator_id_operator')),
    sa.ForeignKeyConstraint(['order_id'], ['work_order.id'], name=op.f('fk_work_order_event_order_id_work_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order_event'))
    )
    with op.batch_alter_table('work_order_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_order_event_order_id'), ['order_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('call_log', schema=None) as batch_op:
        batch_op.drop_column('work_order_number')
    with op.batch_alter_table('work_order_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_order_event_order_id'))

    op.drop_table('work_order_event')
    with op.batch_alter_table('wo_follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wo_follow_up_order_id'))

    op.drop_table('wo_follow_up')
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.drop_index('ix_work_order_state_due')
        batch_op.drop_index('ix_work_order_room_cat')
        batch_op.drop_index(batch_op.f('ix_work_order_registered_at'))

    op.drop_table('work_order')
    op.drop_table('wo_warranty')
    with op.batch_alter_table('wo_worker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wo_worker_department_id'))

    op.drop_table('wo_worker')
    op.drop_table('wo_department')
    op.drop_table('wo_category')
