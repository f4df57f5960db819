"""screening: staged name keys of a load in progress (merged in key order at its end)

Revision ID: 0005_screening_staged_keys
Revises: 0004_screening_birth
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_screening_staged_keys"
down_revision = "0004_screening_birth"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening_name_keys_staged",
        sa.Column("dataset", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("bucket", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("ref", sa.Text(), nullable=False),
        sa.Column("key", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("birth", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint(
            "dataset", "bucket", "ref", "key", name=op.f("pk_screening_name_keys_staged")
        ),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("screening_name_keys_staged")
