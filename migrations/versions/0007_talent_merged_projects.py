"""Talent projects: a project below its minimum merged into another open project of its programme.

Revision ID: 0007
Revises: 0006
Created: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("talent_projects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_talent_projects_merged_into_id_talent_projects"),
            "talent_projects",
            ["merged_into_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("talent_projects", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_talent_projects_merged_into_id_talent_projects"), type_="foreignkey"
        )
        batch_op.drop_column("merged_into_id")
