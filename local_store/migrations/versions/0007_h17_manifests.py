"""expected_travellers: the manifests dataset's rows for this workstation's port

Revision ID: 0007_h17_manifests
Revises: 0006_i11a_csca_kind
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_h17_manifests"
down_revision = "0006_i11a_csca_kind"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "expected_travellers",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("port", sa.Text(), nullable=False),
        sa.Column("direction", sa.Text(), nullable=False),
        sa.Column("flight", sa.Text(), nullable=False),
        sa.Column("flight_key", sa.Text(), nullable=False),
        sa.Column("scheduled", sa.Text(), nullable=True),
        sa.Column("scheduled_local", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("surname", sa.Text(), nullable=False),
        sa.Column("given_names", sa.Text(), nullable=True),
        sa.Column("birth_date", sa.Text(), nullable=True),
        sa.Column("nationality", sa.Text(), nullable=True),
        sa.Column("document_number", sa.Text(), nullable=True),
        sa.Column("issuing_state", sa.Text(), nullable=True),
        sa.Column("prescreen", sa.Text(), nullable=False),
        sa.Column("screened_at", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expected_travellers")),
    )
    op.create_index(
        op.f("ix_expected_travellers_flight_key"), "expected_travellers", ["flight_key"]
    )
    op.create_index(
        op.f("ix_expected_travellers_document_number"), "expected_travellers", ["document_number"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_expected_travellers_document_number"), "expected_travellers")
    op.drop_index(op.f("ix_expected_travellers_flight_key"), "expected_travellers")
    op.drop_table("expected_travellers")
