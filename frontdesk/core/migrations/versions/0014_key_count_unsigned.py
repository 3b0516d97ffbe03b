"""keys: a handover count signed by neither or only one receptionist keeps why (``key_count.unsigned``),
as every movement does; counts before this revision were all signed.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('key_count', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unsigned', sa.String(length=100), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('key_count', schema=None) as batch_op:
        batch_op.drop_column('unsigned')
