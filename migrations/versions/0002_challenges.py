"""Corporate challenges: challenges, invitations, applications, jurors, conflicts, reviews, pitch sessions;
and the organisations' corporate `group` (a "same group" conflict of interest).

Revision ID: 0002
Revises: 0001
Created: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "challenges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("solutions_of_interest", sa.Text(), nullable=False),
        sa.Column("requirements", sa.JSON(), nullable=False),
        sa.Column("offer", sa.Text(), nullable=False),
        sa.Column("trl_min", sa.Integer(), nullable=True),
        sa.Column("applicant_kinds", sa.JSON(), nullable=False),
        sa.Column("regions", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("pitch_slots", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("owner_anonymous", sa.Boolean(), nullable=False),
        sa.Column("blind_review", sa.Boolean(), nullable=False),
        sa.Column("reviews_per_application", sa.Integer(), nullable=False),
        sa.Column("cap_per_applicant", sa.Integer(), nullable=False),
        sa.Column("ranking_method", sa.String(length=10), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_challenges_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["organisations.id"],
            name=op.f("fk_challenges_owner_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenges")),
    )
    with op.batch_alter_table("challenges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_challenges_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_challenges_status"), ["status"], unique=False)

    op.create_table(
        "challenge_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("announced_status", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("approach", sa.Text(), nullable=False),
        sa.Column("why_us", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=True),
        sa.Column("trl", sa.Integer(), nullable=True),
        sa.Column("references", sa.Text(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("invited", sa.Boolean(), nullable=False),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("screening_note", sa.Text(), nullable=False),
        sa.Column("fit_score", sa.Float(), nullable=True),
        sa.Column("fit_explanation", sa.JSON(), nullable=False),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("announced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("introduction_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["challenges.id"],
            name=op.f("fk_challenge_applications_challenge_id_challenges"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_challenge_applications_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["introduction_id"],
            ["introductions.id"],
            name=op.f("fk_challenge_applications_introduction_id_introductions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_challenge_applications_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenge_applications")),
        sa.UniqueConstraint(
            "challenge_id",
            "organisation_id",
            name=op.f("uq_challenge_applications_challenge_id_organisation_id"),
        ),
    )
    with op.batch_alter_table("challenge_applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_challenge_applications_challenge_id"), ["challenge_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_challenge_applications_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_challenge_applications_status"), ["status"], unique=False)

    op.create_table(
        "challenge_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("invited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["challenges.id"],
            name=op.f("fk_challenge_invitations_challenge_id_challenges"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["users.id"],
            name=op.f("fk_challenge_invitations_decided_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_challenge_invitations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenge_invitations")),
        sa.UniqueConstraint(
            "challenge_id",
            "organisation_id",
            name=op.f("uq_challenge_invitations_challenge_id_organisation_id"),
        ),
    )
    with op.batch_alter_table("challenge_invitations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_challenge_invitations_challenge_id"), ["challenge_id"], unique=False
        )

    op.create_table(
        "challenge_jurors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("cap", sa.Integer(), nullable=False),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["challenges.id"],
            name=op.f("fk_challenge_jurors_challenge_id_challenges"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_challenge_jurors_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenge_jurors")),
        sa.UniqueConstraint("challenge_id", "user_id", name=op.f("uq_challenge_jurors_challenge_id_user_id")),
    )
    with op.batch_alter_table("challenge_jurors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_challenge_jurors_challenge_id"), ["challenge_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_challenge_jurors_user_id"), ["user_id"], unique=False)

    op.create_table(
        "challenge_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["challenge_applications.id"],
            name=op.f("fk_challenge_conflicts_application_id_challenge_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["juror_id"],
            ["challenge_jurors.id"],
            name=op.f("fk_challenge_conflicts_juror_id_challenge_jurors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenge_conflicts")),
        sa.UniqueConstraint(
            "juror_id", "application_id", name=op.f("uq_challenge_conflicts_juror_id_application_id")
        ),
    )
    with op.batch_alter_table("challenge_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_challenge_conflicts_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_challenge_conflicts_juror_id"), ["juror_id"], unique=False)

    op.create_table(
        "challenge_pitch_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("room", sa.String(length=120), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("jurors", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["challenge_applications.id"],
            name=op.f("fk_challenge_pitch_sessions_application_id_challenge_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["challenges.id"],
            name=op.f("fk_challenge_pitch_sessions_challenge_id_challenges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenge_pitch_sessions")),
    )
    with op.batch_alter_table("challenge_pitch_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_challenge_pitch_sessions_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_challenge_pitch_sessions_challenge_id"), ["challenge_id"], unique=False
        )

    op.create_table(
        "challenge_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("fit", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("marks", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("released", sa.Boolean(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["challenge_applications.id"],
            name=op.f("fk_challenge_reviews_application_id_challenge_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["juror_id"],
            ["challenge_jurors.id"],
            name=op.f("fk_challenge_reviews_juror_id_challenge_jurors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenge_reviews")),
        sa.UniqueConstraint(
            "application_id", "juror_id", name=op.f("uq_challenge_reviews_application_id_juror_id")
        ),
    )
    with op.batch_alter_table("challenge_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_challenge_reviews_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_challenge_reviews_juror_id"), ["juror_id"], unique=False)

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_organisations_group"), ["group"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_group"))
        batch_op.drop_column("group")

    with op.batch_alter_table("challenge_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_challenge_reviews_juror_id"))
        batch_op.drop_index(batch_op.f("ix_challenge_reviews_application_id"))

    op.drop_table("challenge_reviews")
    with op.batch_alter_table("challenge_pitch_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_challenge_pitch_sessions_challenge_id"))
        batch_op.drop_index(batch_op.f("ix_challenge_pitch_sessions_application_id"))

    op.drop_table("challenge_pitch_sessions")
    with op.batch_alter_table("challenge_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_challenge_conflicts_juror_id"))
        batch_op.drop_index(batch_op.f("ix_challenge_conflicts_application_id"))

    op.drop_table("challenge_conflicts")
    with op.batch_alter_table("challenge_jurors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_challenge_jurors_user_id"))
        batch_op.drop_index(batch_op.f("ix_challenge_jurors_challenge_id"))

    op.drop_table("challenge_jurors")
    with op.batch_alter_table("challenge_invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_challenge_invitations_challenge_id"))

    op.drop_table("challenge_invitations")
    with op.batch_alter_table("challenge_applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_challenge_applications_status"))
        batch_op.drop_index(batch_op.f("ix_challenge_applications_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_challenge_applications_challenge_id"))

    op.drop_table("challenge_applications")
    with op.batch_alter_table("challenges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_challenges_status"))
        batch_op.drop_index(batch_op.f("ix_challenges_owner_id"))

    op.drop_table("challenges")
