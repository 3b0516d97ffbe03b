"""registration

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Registration: vehicles, custody and its inspections, the call-and-visit log, small
registrations; companies, second phone, emergency contact and search keys on people.

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('call_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('caller', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('promised_at', sa.DateTime(), nullable=True),
    sa.Column('replied_at', sa.DateTime(), nullable=True),
    sa.Column('work_order', sa.Boolean(), nullable=False),
    sa.Column('handled_by', sa.Integer(), nullable=True),
    sa.Column('handled_by_name', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['handled_by'], ['operator.id'], name=op.f('fk_call_log_handled_by_operator')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_call_log_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_log'))
    )
    with op.batch_alter_table('call_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_call_log_promised_at'), ['promised_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_call_log_room_id'), ['room_id'], unique=False)

    op.create_table('custody',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('agreement_date', sa.Date(), nullable=False),
    sa.Column('start_water', sa.BigInteger(), nullable=False),
    sa.Column('start_power', sa.BigInteger(), nullable=False),
    sa.Column('previous_state', sa.String(length=8), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_water', sa.BigInteger(), nullable=True),
    sa.Column('end_power', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['operator.id'], name=op.f('fk_custody_created_by_operator')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_custody_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody'))
    )
    with op.batch_alter_table('custody', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_room_id'), ['room_id'], unique=False)

    op.create_table('small_registration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('contact', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('batch_date', sa.Date(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['done_by'], ['operator.id'], name=op.f('fk_small_registration_done_by_operator')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_small_registration_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_small_registration'))
    )
    with op.batch_alter_table('small_registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_small_registration_batch_date'), ['batch_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_small_registration_registered_at'), ['registered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_small_registration_room_id'), ['room_id'], unique=False)

    op.create_table('vehicle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('plate', sa.String(length=16), nullable=False),
    sa.Column('parking_space', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_vehicle_person_id_person')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_vehicle_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle'))
    )
    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicle_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vehicle_plate'), ['plate'], unique=False)
        batch_op.create_index(batch_op.f('ix_vehicle_room_id'), ['room_id'], unique=False)

    op.create_table('custody_inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('custody_id', sa.Integer(), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('water', sa.BigInteger(), nullable=False),
    sa.Column('power', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['operator.id'], name=op.f('fk_custody_inspection_created_by_operator')),
    sa.ForeignKeyConstraint(['custody_id'], ['custody.id'], name=op.f('fk_custody_inspection_custody_id_custody')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_inspection'))
    )
    with op.batch_alter_table('custody_inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_inspection_custody_id'), ['custody_id'], unique=False)

    with op.batch_alter_table('occupancy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document', sa.String(length=100), nullable=False, server_default=''))

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_company', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('phone2', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('phone_tail', sa.String(length=4), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('emergency_contact', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('emergency_phone', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('note', sa.String(length=200), nullable=False, server_default=''))
        batch_op.create_index('ix_person_id_number', ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_phone_tail'), ['phone_tail'], unique=False)
    tail = "substr(phone, -4)" if op.get_bind().dialect.name == "sqlite" else "right(phone, 4)"
    op.execute(f"UPDATE person SET phone_tail = {tail} WHERE phone <> ''")

    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.create_index('ix_room_number', ['number'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.drop_index('ix_room_number')

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_phone_tail'))
        batch_op.drop_index('ix_person_id_number')
        batch_op.drop_column('note')
        batch_op.drop_column('emergency_phone')
        batch_op.drop_column('emergency_contact')
        batch_op.drop_column('phone_tail')
        batch_op.drop_column('phone2')
        batch_op.drop_column('is_company')

    with op.batch_alter_table('occupancy', schema=None) as batch_op:
        batch_op.drop_column('document')

    with op.batch_alter_table('custody_inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_inspection_custody_id'))

    op.drop_table('custody_inspection')
    with op.batch_alter_table('vehicle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vehicle_room_id'))
        batch_op.drop_index(batch_op.f('ix_vehicle_plate'))
        batch_op.drop_index(batch_op.f('ix_vehicle_person_id'))

    op.drop_table('vehicle')
    with op.batch_alter_table('small_registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_small_registration_room_id'))
        batch_op.drop_index(batch_op.f('ix_small_registration_registered_at'))
        batch_op.drop_index(batch_op.f('ix_small_registration_batch_date'))

    op.drop_table('small_registration')
    with op.batch_alter_table('custody', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_room_id'))

    op.drop_table('custody')
    with op.batch_alter_table('call_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_log_room_id'))
        batch_op.drop_index(batch_op.f('ix_call_log_promised_at'))
        batch_op.drop_index(batch_op.f('ix_call_log_at'))

    op.drop_table('call_log')
