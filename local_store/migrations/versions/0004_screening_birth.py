"""screening: the listed birth date beside each blocking key (ranks namesakes)

Revision ID: 0004_screening_birth
Revises: 0003_sync

The name keys are rebuilt by the workstation on the next screening or replica load
(`desktop.screening.keys.KEYS_VERSION` changed with this column), so the new column is
filled without a data migration here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_screening_birth"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screening_name_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birth", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("screening_name_keys", schema=None) as batch_op:
        batch_op.drop_column("birth")
