"""Talent projects: programmes, their projects, participants with their ranked choices, allocation runs and
the placement each run gave every participant (with the reason and a manager's lock).

Revision ID: 0005
Revises: 0004
Created: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "talent_programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("application_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("min_trainees", sa.Integer(), nullable=False),
        sa.Column("min_institutions", sa.Integer(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_talent_programmes_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["organisations.id"],
            name=op.f("fk_talent_programmes_owner_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_programmes")),
    )
    with op.batch_alter_table("talent_programmes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talent_programmes_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talent_programmes_status"), ["status"], unique=False)

    op.create_table(
        "talent_allocation_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("profile", sa.JSON(), nullable=False),
        sa.Column("unassigned", sa.Integer(), nullable=False),
        sa.Column("cancelled", sa.JSON(), nullable=False),
        sa.Column("blocking", sa.JSON(), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("optimal", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_talent_allocation_runs_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["talent_programmes.id"],
            name=op.f("fk_talent_allocation_runs_programme_id_talent_programmes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_allocation_runs")),
    )
    with op.batch_alter_table("talent_allocation_runs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_talent_allocation_runs_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "talent_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("track", sa.String(length=30), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("availability", sa.Text(), nullable=False),
        sa.Column("group", sa.String(length=120), nullable=True),
        sa.Column("vetoes", sa.JSON(), nullable=False),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["talent_programmes.id"],
            name=op.f("fk_talent_participants_programme_id_talent_programmes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_talent_participants_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_participants")),
        sa.UniqueConstraint("programme_id", "email", name=op.f("uq_talent_participants_programme_id_email")),
    )
    with op.batch_alter_table("talent_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_talent_participants_programme_id"), ["programme_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_talent_participants_user_id"), ["user_id"], unique=False)

    op.create_table(
        "talent_projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("min_size", sa.Integer(), nullable=False),
        sa.Column("max_size", sa.Integer(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("supervisor_capacity", sa.Integer(), nullable=True),
        sa.Column("host_ranking", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["organisations.id"],
            name=op.f("fk_talent_projects_host_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["talent_programmes.id"],
            name=op.f("fk_talent_projects_programme_id_talent_programmes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["users.id"],
            name=op.f("fk_talent_projects_proposed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_projects")),
    )
    with op.batch_alter_table("talent_projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talent_projects_host_id"), ["host_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talent_projects_programme_id"), ["programme_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talent_projects_status"), ["status"], unique=False)

    op.create_table(
        "talent_choices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["talent_participants.id"],
            name=op.f("fk_talent_choices_participant_id_talent_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["talent_projects.id"],
            name=op.f("fk_talent_choices_project_id_talent_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_choices")),
        sa.UniqueConstraint(
            "participant_id", "project_id", name=op.f("uq_talent_choices_participant_id_project_id")
        ),
        sa.UniqueConstraint("participant_id", "rank", name=op.f("uq_talent_choices_participant_id_rank")),
    )
    with op.batch_alter_table("talent_choices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_talent_choices_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_talent_choices_project_id"), ["project_id"], unique=False)

    op.create_table(
        "talent_placements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["talent_participants.id"],
            name=op.f("fk_talent_placements_participant_id_talent_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["talent_projects.id"],
            name=op.f("fk_talent_placements_project_id_talent_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["talent_allocation_runs.id"],
            name=op.f("fk_talent_placements_run_id_talent_allocation_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_placements")),
        sa.UniqueConstraint(
            "run_id", "participant_id", name=op.f("uq_talent_placements_run_id_participant_id")
        ),
    )
    with op.batch_alter_table("talent_placements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_talent_placements_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_talent_placements_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talent_placements_run_id"), ["run_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("talent_placements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_placements_run_id"))
        batch_op.drop_index(batch_op.f("ix_talent_placements_project_id"))
        batch_op.drop_index(batch_op.f("ix_talent_placements_participant_id"))

    op.drop_table("talent_placements")
    with op.batch_alter_table("talent_choices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_choices_project_id"))
        batch_op.drop_index(batch_op.f("ix_talent_choices_participant_id"))

    op.drop_table("talent_choices")
    with op.batch_alter_table("talent_projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_projects_status"))
        batch_op.drop_index(batch_op.f("ix_talent_projects_programme_id"))
        batch_op.drop_index(batch_op.f("ix_talent_projects_host_id"))

    op.drop_table("talent_projects")
    with op.batch_alter_table("talent_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_participants_user_id"))
        batch_op.drop_index(batch_op.f("ix_talent_participants_programme_id"))

    op.drop_table("talent_participants")
    with op.batch_alter_table("talent_allocation_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_allocation_runs_programme_id"))

    op.drop_table("talent_allocation_runs")
    with op.batch_alter_table("talent_programmes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talent_programmes_status"))
        batch_op.drop_index(batch_op.f("ix_talent_programmes_owner_id"))

    op.drop_table("talent_programmes")
