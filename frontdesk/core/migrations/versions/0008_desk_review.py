"""the desk review: a month's unpaid bills can be cancelled (kept, marked, with a reason); shift
closes are numbered like every series and keep the reason of a cash difference; a deposit refund
keeps how the money went back

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Existing shift closes get the number JB + year + their running number within the year, in the
order they were closed; the counter is set to match so the next close continues the series.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'bill_cancel',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('period_start', sa.Date(), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('bills', sa.Integer(), nullable=False),
        sa.Column('total', sa.BigInteger(), nullable=False),
        sa.Column('kept_rooms', sa.Integer(), nullable=False),
        sa.Column('cancelled_at', sa.DateTime(), nullable=False),
        sa.Column('cancelled_by', sa.Integer(), nullable=True),
        sa.Column('operator_name', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['cancelled_by'], ['operator.id'], name=op.f('fk_bill_cancel_cancelled_by_operator')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_cancel')))
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancel_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_bill_cancel_id_bill_cancel'), 'bill_cancel', ['cancel_id'], ['id'])
        batch_op.drop_index('uq_bill_period')
        batch_op.create_index('uq_bill_period', ['room_id', 'item_id', 'period_start'], unique=True,
                              sqlite_where=sa.text('one_off = 0 AND cancel_id IS NULL'),
                              postgresql_where=sa.text('NOT one_off AND cancel_id IS NULL'))
    with op.batch_alter_table('shift_close', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('difference_reason', sa.String(length=200), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refund_method', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('refund_reference', sa.String(length=64), nullable=False, server_default=''))
    conn = op.get_bind()
    counters: dict[int, int] = {}
    for close_id, closed_at in conn.execute(sa.text("SELECT id, closed_at FROM shift_close ORDER BY closed_at, id")):
        year = closed_at.year if hasattr(closed_at, "year") else int(str(closed_at)[:4])
        counters[year] = counters.get(year, 0) + 1
        conn.execute(sa.text("UPDATE shift_close SET number = :n WHERE id = :i"),
                     {"n": f"JB{year}-{counters[year]:06d}", "i": close_id})
    for year, last in counters.items():
        conn.execute(sa.text("DELETE FROM doc_counter WHERE prefix = 'JB' AND year = :y"), {"y": year})
        conn.execute(sa.text("INSERT INTO doc_counter (prefix, year, last_number) VALUES ('JB', :y, :n)"),
                     {"y": year, "n": last})
    with op.batch_alter_table('shift_close', schema=None) as batch_op:
        batch_op.create_index('uq_shift_close_number', ['number'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('deposit', schema=None) as batch_op:
        batch_op.drop_column('refund_reference')
        batch_op.drop_column('refund_method')
    with op.batch_alter_table('shift_close', schema=None) as batch_op:
        batch_op.drop_index('uq_shift_close_number')
        batch_op.drop_column('difference_reason')
        batch_op.drop_column('number')
    with op.batch_alter_table('bill', schema=None) as batch_op:
        batch_op.drop_index('uq_bill_period')
        batch_op.create_index('uq_bill_period', ['room_id', 'item_id', 'period_start'], unique=True,
                              sqlite_where=sa.text('one_off = 0'), postgresql_where=sa.text('NOT one_off'))
        batch_op.drop_constraint(batch_op.f('fk_bill_cancel_id_bill_cancel'), type_='foreignkey')
        batch_op.drop_column('cancel_id')
    op.drop_table('bill_cancel')
