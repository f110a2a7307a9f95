"""Talent projects: the end-of-round feedback of participants (on their project) and hosts (on their team).

Revision ID: 0006
Revises: 0005
Created: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "talent_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_key", sa.String(length=80), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_talent_feedback_author_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["talent_participants.id"],
            name=op.f("fk_talent_feedback_participant_id_talent_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["talent_programmes.id"],
            name=op.f("fk_talent_feedback_programme_id_talent_programmes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["talent_projects.id"],
            name=op.f("fk_talent_feedback_project_id_talent_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_feedback")),
        sa.UniqueConstraint(
            "project_id", "author_key", name=op.f("uq_talent_feedback_project_id_author_key")
        ),
    )
    with op.batch_alter_table("talent_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_talent_feedback_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_talent_feedback_programme_id"), ["programme_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talent_feedback_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("talent_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_feedback_project_id"))
        batch_op.drop_index(batch_op.f("ix_talent_feedback_programme_id"))
        batch_op.drop_index(batch_op.f("ix_talent_feedback_participant_id"))
    op.drop_table("talent_feedback")
