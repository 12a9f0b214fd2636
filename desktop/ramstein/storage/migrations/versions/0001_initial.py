"""Initial schema: roster, reference lists, pledges, deliveries, rates, funds, audit log.

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-23 18:05:19.678469
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
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=True),
        sa.Column("after_json", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "capabilities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "coalition",
                "category",
                name="capability_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capabilities")),
        sa.UniqueConstraint("code", name=op.f("uq_capabilities_code")),
    )
    op.create_table(
        "channels",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_channels")),
    )
    op.create_table(
        "db_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_db_info")),
    )
    op.create_table(
        "exchange_rates",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("units_per_eur", sa.String(length=40), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("currency", "on_date", name=op.f("pk_exchange_rates")),
    )
    op.create_table(
        "funds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("amount", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "period",
            sa.Enum(
                "yearly",
                "total",
                name="fund_period",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.Column("gdp_year", sa.Integer(), nullable=False),
        sa.Column("counted_channels", sa.Text(), nullable=False),
        sa.Column("counted_statuses", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funds")),
        sa.UniqueConstraint("name", name=op.f("uq_funds_name")),
    )
    op.create_table(
        "hubs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("country_code", sa.String(length=8), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hubs")),
        sa.UniqueConstraint("code", name=op.f("uq_hubs_code")),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "nato",
                "eu_non_nato",
                "partner",
                "organisation",
                name="member_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("nato_accession_year", sa.Integer(), nullable=True),
        sa.Column("eu_member", sa.Boolean(), nullable=True),
        sa.Column("is_donor", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("code", name=op.f("uq_members_code")),
    )
    op.create_table(
        "coalition_members",
        sa.Column("capability_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "lead",
                "member",
                name="coalition_role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["capability_id"],
            ["capabilities.id"],
            name=op.f("fk_coalition_members_capability_id_capabilities"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_coalition_members_member_id_members")
        ),
        sa.PrimaryKeyConstraint("capability_id", "member_id", name=op.f("pk_coalition_members")),
    )
    op.create_table(
        "fund_members",
        sa.Column("fund_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fund_id"],
            ["funds.id"],
            name=op.f("fk_fund_members_fund_id_funds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_fund_members_member_id_members")
        ),
        sa.PrimaryKeyConstraint("fund_id", "member_id", name=op.f("pk_fund_members")),
    )
    op.create_table(
        "gdp",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("usd_bn", sa.String(length=40), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_gdp_member_id_members")
        ),
        sa.PrimaryKeyConstraint("member_id", "year", name=op.f("pk_gdp")),
    )
    op.create_table(
        "pledges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("donor_id", sa.Integer(), nullable=False),
        sa.Column("capability_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("value_amount_milli", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("value_eur_cents", sa.BigInteger(), nullable=True),
        sa.Column("valuation_date", sa.Date(), nullable=True),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("funding_year", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "announced",
                "committed",
                "allocated",
                "in_delivery",
                "delivered",
                "cancelled",
                "suspended",
                name="pledge_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reimbursed_by_id", sa.Integer(), nullable=True),
        sa.Column("source_ref", sa.Text(), nullable=False),
        sa.Column("classification", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "quantity_milli IS NULL OR quantity_milli >= 0", name=op.f("ck_pledges_quantity_nonneg")
        ),
        sa.CheckConstraint(
            "value_amount_milli IS NULL OR value_amount_milli >= 0",
            name=op.f("ck_pledges_value_nonneg"),
        ),
        sa.CheckConstraint(
            "value_eur_cents IS NULL OR value_eur_cents >= 0", name=op.f("ck_pledges_eur_nonneg")
        ),
        sa.ForeignKeyConstraint(
            ["capability_id"],
            ["capabilities.id"],
            name=op.f("fk_pledges_capability_id_capabilities"),
        ),
        sa.ForeignKeyConstraint(
            ["channel"], ["channels.code"], name=op.f("fk_pledges_channel_channels")
        ),
        sa.ForeignKeyConstraint(
            ["donor_id"], ["members.id"], name=op.f("fk_pledges_donor_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["reimbursed_by_id"], ["members.id"], name=op.f("fk_pledges_reimbursed_by_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledges")),
        sa.UniqueConstraint("reference", name=op.f("uq_pledges_reference")),
        sa.UniqueConstraint("uuid", name=op.f("uq_pledges_uuid")),
    )
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pledges_announced_on"), ["announced_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_pledges_capability_id"), ["capability_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_pledges_donor_id"), ["donor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pledges_status"), ["status"], unique=False)

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("pledge_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=True),
        sa.Column("value_eur_cents", sa.BigInteger(), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("actual_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_transit",
                "delivered",
                "delayed",
                "cancelled",
                name="delivery_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("hub_id", sa.Integer(), nullable=True),
        sa.Column("delay_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "quantity_milli IS NULL OR quantity_milli >= 0",
            name=op.f("ck_deliveries_quantity_nonneg"),
        ),
        sa.CheckConstraint(
            "value_eur_cents IS NULL OR value_eur_cents >= 0", name=op.f("ck_deliveries_eur_nonneg")
        ),
        sa.ForeignKeyConstraint(["hub_id"], ["hubs.id"], name=op.f("fk_deliveries_hub_id_hubs")),
        sa.ForeignKeyConstraint(
            ["pledge_id"], ["pledges.id"], name=op.f("fk_deliveries_pledge_id_pledges")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("uuid", name=op.f("uq_deliveries_uuid")),
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deliveries_planned_status", ["planned_on", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deliveries_pledge_id"), ["pledge_id"], unique=False)

    op.create_table(
        "pledge_financers",
        sa.Column("pledge_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("share", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_pledge_financers_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["pledge_id"],
            ["pledges.id"],
            name=op.f("fk_pledge_financers_pledge_id_pledges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pledge_id", "member_id", name=op.f("pk_pledge_financers")),
    )
    op.create_table(
        "pledge_status_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pledge_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "announced",
                "committed",
                "allocated",
                "in_delivery",
                "delivered",
                "cancelled",
                "suspended",
                name="pledge_status_from",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "announced",
                "committed",
                "allocated",
                "in_delivery",
                "delivered",
                "cancelled",
                "suspended",
                name="pledge_status_to",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["pledge_id"],
            ["pledges.id"],
            name=op.f("fk_pledge_status_events_pledge_id_pledges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledge_status_events")),
    )
    with op.batch_alter_table("pledge_status_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pledge_status_events_pledge_id"), ["pledge_id"], unique=False
        )

    op.create_table(
        "delivery_milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("hub_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_delivery_milestones_delivery_id_deliveries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["hub_id"], ["hubs.id"], name=op.f("fk_delivery_milestones_hub_id_hubs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_milestones")),
    )
    with op.batch_alter_table("delivery_milestones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delivery_milestones_delivery_id"), ["delivery_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("delivery_milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_milestones_delivery_id"))

    op.drop_table("delivery_milestones")
    with op.batch_alter_table("pledge_status_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledge_status_events_pledge_id"))

    op.drop_table("pledge_status_events")
    op.drop_table("pledge_financers")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliveries_pledge_id"))
        batch_op.drop_index("ix_deliveries_planned_status")

    op.drop_table("deliveries")
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledges_status"))
        batch_op.drop_index(batch_op.f("ix_pledges_donor_id"))
        batch_op.drop_index(batch_op.f("ix_pledges_capability_id"))
        batch_op.drop_index(batch_op.f("ix_pledges_announced_on"))

    op.drop_table("pledges")
    op.drop_table("gdp")
    op.drop_table("fund_members")
    op.drop_table("coalition_members")
    op.drop_table("members")
    op.drop_table("hubs")
    op.drop_table("funds")
    op.drop_table("exchange_rates")
    op.drop_table("db_info")
    op.drop_table("channels")
    op.drop_table("capabilities")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_log")
