"""Event matchmaking: events, their tables, participants, meeting requests, meetings and follow-ups.

Revision ID: 0003
Revises: 0002
Created: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("meeting_minutes", sa.Integer(), nullable=False),
        sa.Column("changeover_minutes", sa.Integer(), nullable=False),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("intents", sa.JSON(), nullable=False),
        sa.Column("auto_accept", sa.Boolean(), nullable=False),
        sa.Column("cap_per_participant", sa.Integer(), nullable=False),
        sa.Column("request_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("schedule_state", sa.String(length=20), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_events_created_by_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["organisations.id"],
            name=op.f("fk_events_owner_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_status"), ["status"], unique=False)

    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("organisation_name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("intents", sa.JSON(), nullable=False),
        sa.Column("looking_for", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("checked_in", sa.Boolean(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_participants_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_event_participants_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_event_participants_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_participants")),
        sa.UniqueConstraint("event_id", "email", name=op.f("uq_event_participants_event_id_email")),
    )
    with op.batch_alter_table("event_participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_participants_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_participants_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_participants_user_id"), ["user_id"], unique=False)

    op.create_table(
        "event_tables",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_tables_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_tables")),
        sa.UniqueConstraint("event_id", "name", name=op.f("uq_event_tables_event_id_name")),
    )
    with op.batch_alter_table("event_tables", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_tables_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_requests_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["event_participants.id"],
            name=op.f("fk_event_requests_recipient_id_event_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["event_participants.id"],
            name=op.f("fk_event_requests_requester_id_event_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_requests")),
        sa.UniqueConstraint(
            "event_id",
            "requester_id",
            "recipient_id",
            name=op.f("uq_event_requests_event_id_requester_id_recipient_id"),
        ),
    )
    with op.batch_alter_table("event_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_requests_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_requests_recipient_id"), ["recipient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_requests_requester_id"), ["requester_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_requests_status"), ["status"], unique=False)

    op.create_table(
        "event_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_a_id", sa.Integer(), nullable=False),
        sa.Column("participant_b_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("table", sa.String(length=120), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_meetings_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_a_id"],
            ["event_participants.id"],
            name=op.f("fk_event_meetings_participant_a_id_event_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_b_id"],
            ["event_participants.id"],
            name=op.f("fk_event_meetings_participant_b_id_event_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["event_requests.id"],
            name=op.f("fk_event_meetings_request_id_event_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_meetings")),
    )
    with op.batch_alter_table("event_meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_meetings_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_meetings_participant_a_id"), ["participant_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_meetings_participant_b_id"), ["participant_b_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_meetings_status"), ["status"], unique=False)

    op.create_table(
        "event_follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["event_meetings.id"],
            name=op.f("fk_event_follow_ups_meeting_id_event_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["event_participants.id"],
            name=op.f("fk_event_follow_ups_participant_id_event_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_follow_ups")),
        sa.UniqueConstraint(
            "meeting_id", "participant_id", name=op.f("uq_event_follow_ups_meeting_id_participant_id")
        ),
    )
    with op.batch_alter_table("event_follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_follow_ups_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_follow_ups_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("event_follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_follow_ups_participant_id"))
        batch_op.drop_index(batch_op.f("ix_event_follow_ups_meeting_id"))

    op.drop_table("event_follow_ups")
    with op.batch_alter_table("event_meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_meetings_status"))
        batch_op.drop_index(batch_op.f("ix_event_meetings_participant_b_id"))
        batch_op.drop_index(batch_op.f("ix_event_meetings_participant_a_id"))
        batch_op.drop_index(batch_op.f("ix_event_meetings_event_id"))

    op.drop_table("event_meetings")
    with op.batch_alter_table("event_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_requests_status"))
        batch_op.drop_index(batch_op.f("ix_event_requests_requester_id"))
        batch_op.drop_index(batch_op.f("ix_event_requests_recipient_id"))
        batch_op.drop_index(batch_op.f("ix_event_requests_event_id"))

    op.drop_table("event_requests")
    with op.batch_alter_table("event_tables", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_tables_event_id"))

    op.drop_table("event_tables")
    with op.batch_alter_table("event_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_participants_user_id"))
        batch_op.drop_index(batch_op.f("ix_event_participants_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_event_participants_event_id"))

    op.drop_table("event_participants")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_status"))
        batch_op.drop_index(batch_op.f("ix_events_owner_id"))

    op.drop_table("events")
