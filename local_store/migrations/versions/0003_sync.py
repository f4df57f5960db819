"""sync: post-hoc alerts from the central

Revision ID: 0003_sync
Revises: 0002_screening
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_screening"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_alerts",
        sa.Column("uuid", sa.Text(), nullable=False),
        sa.Column("record_uuid", sa.Text(), nullable=False),
        sa.Column("dataset", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.Text(), nullable=False),
        sa.Column("received_at", sa.Text(), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.Column("acknowledged_by", sa.Text(), nullable=True),
        sa.Column("acknowledged_at", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_sync_alerts")),
    )
    with op.batch_alter_table("sync_alerts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_alerts_record_uuid"), ["record_uuid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_alerts_record_uuid"))
    op.drop_table("sync_alerts")
