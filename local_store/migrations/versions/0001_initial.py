"""initial schema

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_table(
        "csca_certificates",
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("not_before", sa.Text(), nullable=False),
        sa.Column("not_after", sa.Text(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_csca_certificates")),
    )
    with op.batch_alter_table("csca_certificates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_csca_certificates_country"), ["country"], unique=False)

    op.create_table(
        "documents",
        sa.Column("document_number", sa.Text(), nullable=False),
        sa.Column("issuing_state", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "document_number", "issuing_state", "type", name=op.f("pk_documents")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "entry_permits",
        sa.Column("permit_number", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Text(), nullable=True),
        sa.Column("document_number", sa.Text(), nullable=True),
        sa.Column("valid_from", sa.Text(), nullable=False),
        sa.Column("valid_until", sa.Text(), nullable=False),
        sa.Column("entries_allowed", sa.Integer(), nullable=False),
        sa.Column("entries_used", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("permit_number", name=op.f("pk_entry_permits")),
    )
    with op.batch_alter_table("entry_permits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entry_permits_document_number"), ["document_number"], unique=False
        )

    op.create_table(
        "exit_bans",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Text(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("nationality", sa.Text(), nullable=True),
        sa.Column("document_number", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exit_bans")),
    )
    with op.batch_alter_table("exit_bans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exit_bans_birth_year"), ["birth_year"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exit_bans_document_number"), ["document_number"], unique=False
        )

    op.create_table(
        "journal",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("uuid", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.Text(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal")),
        sa.UniqueConstraint("uuid", name=op.f("uq_journal_uuid")),
    )
    op.create_table(
        "officers",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_officers")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Text(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("nationality", sa.Text(), nullable=True),
        sa.Column("sex", sa.Text(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("list", sa.Text(), nullable=True),
        sa.Column("valid_until", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_birth_year"), ["birth_year"], unique=False)

    op.create_table(
        "replica_datasets",
        sa.Column("dataset", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.Text(), nullable=True),
        sa.Column("expires_at", sa.Text(), nullable=True),
        sa.Column("applied_at", sa.Text(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("digest", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("dataset", name=op.f("pk_replica_datasets")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["seq"], ["journal.seq"], name=op.f("fk_outbox_seq_journal")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_state_seq"), ["state", "seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state_seq"))

    op.drop_table("outbox")
    op.drop_table("settings")
    op.drop_table("replica_datasets")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_birth_year"))

    op.drop_table("persons")
    op.drop_table("officers")
    op.drop_table("journal")
    with op.batch_alter_table("exit_bans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exit_bans_document_number"))
        batch_op.drop_index(batch_op.f("ix_exit_bans_birth_year"))

    op.drop_table("exit_bans")
    with op.batch_alter_table("entry_permits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_permits_document_number"))

    op.drop_table("entry_permits")
    op.drop_table("documents")
    with op.batch_alter_table("csca_certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_csca_certificates_country"))

    op.drop_table("csca_certificates")
    op.drop_table("audit_log")
