"""Event meetings of teams of up to four (the colleagues who join a request and its meeting) and the reminders
sent for a pending request.

Revision ID: 0004
Revises: 0003
Created: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("event_requests") as batch:
        batch.add_column(sa.Column("companions", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("reminders", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("event_meetings") as batch:
        batch.add_column(sa.Column("companions", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("event_meetings") as batch:
        batch.drop_column("companions")
    with op.batch_alter_table("event_requests") as batch:
        batch.drop_column("reminded_at")
        batch.drop_column("reminders")
        batch.drop_column("companions")
