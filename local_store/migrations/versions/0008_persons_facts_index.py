"""persons: a covering index of the facts that order namesakes at the candidate limit

Revision ID: 0008_persons_facts_index
Revises: 0007_h17_manifests
"""

from __future__ import annotations

from alembic import op

revision = "0008_persons_facts_index"
down_revision = "0007_h17_manifests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_persons_id_birth_date_nationality_sex"),
        "persons",
        ["id", "birth_date", "nationality", "sex"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_persons_id_birth_date_nationality_sex"), "persons")
