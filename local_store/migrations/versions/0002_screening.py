"""screening: blocking keys of listed names, look-alike folds of document numbers

Revision ID: 0002_screening
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_screening"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening_name_keys",
        sa.Column("key", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("dataset", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("ref", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", "dataset", "ref", name=op.f("pk_screening_name_keys")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "screening_document_folds",
        sa.Column("folded", sa.Text(), nullable=False),
        sa.Column("document_number", sa.Text(), nullable=False),
        sa.Column("issuing_state", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint(
            "folded",
            "document_number",
            "issuing_state",
            "type",
            name=op.f("pk_screening_document_folds"),
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "screening_index_state",
        sa.Column("dataset", sa.Text(), nullable=False),
        sa.Column("indexer_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dataset", name=op.f("pk_screening_index_state")),
    )


def downgrade() -> None:
    op.drop_table("screening_index_state")
    op.drop_table("screening_document_folds")
    op.drop_table("screening_name_keys")
