"""csca: the kind of each row (csca, link, crl) and where it came from

Revision ID: 0006_i11a_csca_kind
Revises: 0005_screening_staged_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_i11a_csca_kind"
down_revision = "0005_screening_staged_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("csca_certificates") as batch:
        batch.add_column(
            sa.Column("kind", sa.Text(), server_default=sa.text("'csca'"), nullable=False)
        )
        batch.add_column(sa.Column("source", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("csca_certificates") as batch:
        batch.drop_column("source")
        batch.drop_column("kind")
