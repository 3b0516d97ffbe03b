"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22

Kernel tables (settings, operators, audit log, document counters, holiday calendar) and the
registration base (buildings, rooms, people, occupancy).

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 1178880817")  # 0x46444B31, marks a Frontdesk store
    op.create_table('building',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_building')),
    sa.UniqueConstraint('code', name=op.f('uq_building_code'))
    )
    op.create_table('calendar_year',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_calendar_year'))
    )
    op.create_table('doc_counter',
    sa.Column('prefix', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', 'year', name=op.f('pk_doc_counter'))
    )
    op.create_table('operator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('display_name', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operator')),
    sa.UniqueConstraint('username', name=op.f('uq_operator_username'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('name_initials', sa.String(length=32), nullable=False),
    sa.Column('name_pinyin', sa.String(length=128), nullable=False),
    sa.Column('id_type', sa.String(length=16), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_pinyin'), ['name_pinyin'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_phone'), ['phone'], unique=False)

    op.create_table('app_setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['operator.id'], name=op.f('fk_app_setting_updated_by_operator')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('operator_name', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.String(length=200), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_audit_log_operator_id_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity_id', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_operator_id'), ['operator_id'], unique=False)

    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('workday', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['operator.id'], name=op.f('fk_calendar_day_updated_by_operator')),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('entrance', sa.String(length=8), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=False),
    sa.Column('area', sa.BigInteger(), nullable=False),  # Fixed2: hundredths of m²
    sa.Column('use', sa.String(length=8), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_room_building_id_building')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room')),
    sa.UniqueConstraint('building_id', 'entrance', 'number', name='uq_room_place'),
    sa.UniqueConstraint('code', name=op.f('uq_room_code'))
    )
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_building_id'), ['building_id'], unique=False)

    op.create_table('occupancy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=8), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_occupancy_person_id_person')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_occupancy_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occupancy'))
    )
    with op.batch_alter_table('occupancy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_occupancy_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_occupancy_room_id'), ['room_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('occupancy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_occupancy_room_id'))
        batch_op.drop_index(batch_op.f('ix_occupancy_person_id'))

    op.drop_table('occupancy')
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_building_id'))

    op.drop_table('room')
    op.drop_table('calendar_day')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_operator_id'))
        batch_op.drop_index('ix_audit_log_entity_id')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    op.drop_table('app_setting')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_phone'))
        batch_op.drop_index(batch_op.f('ix_person_name_pinyin'))
        batch_op.drop_index(batch_op.f('ix_person_name_initials'))
        batch_op.drop_index(batch_op.f('ix_person_name'))

    op.drop_table('person')
    op.drop_table('operator')
    op.drop_table('doc_counter')
    op.drop_table('calendar_year')
    op.drop_table('building')
