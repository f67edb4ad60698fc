"""The household tables as SQLAlchemy 2 ORM classes: the schema the latest migration produces.

migrations.py holds the frozen DDL that builds this schema step by step; a test checks both agree. Dates are
stored as ISO text by SQLAlchemy's Date type. Nothing here holds images or files.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAME_LENGTH = 100
PLATFORM_LENGTH = 40
STEP_LENGTH = 120
TEMPLATE_LENGTH = 60


class Base(DeclarativeBase):
    pass


class HouseholdRow(Base):
    """The single household: one row, id 1."""

    __tablename__ = "household"
    __table_args__ = (CheckConstraint("id = 1", name="one_household"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(8))
    created: Mapped[dt.date] = mapped_column(Date)


class ChildRow(Base):
    __tablename__ = "child"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    birth_year: Mapped[int] = mapped_column(Integer)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")


class DeviceRow(Base):
    __tablename__ = "device"
    # (id, child_id) is unique so that a tick can name both and never disagree with its device about the child
    __table_args__ = (UniqueConstraint("id", "child_id", name="uq_device_owner"),
                      Index("ix_device_child_id", "child_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    platform_id: Mapped[str] = mapped_column(String(PLATFORM_LENGTH))
    label: Mapped[str] = mapped_column(String(NAME_LENGTH))


class TickRow(Base):
    __tablename__ = "checklist_tick"
    __table_args__ = (ForeignKeyConstraint(["device_id", "child_id"], ["device.id", "device.child_id"],
                                           ondelete="CASCADE", onupdate="CASCADE", name="fk_tick_device"),)

    device_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_id: Mapped[str] = mapped_column(String(STEP_LENGTH), primary_key=True)
    child_id: Mapped[int] = mapped_column(Integer)
    ticked: Mapped[dt.date] = mapped_column(Date)


class ReviewRow(Base):
    __tablename__ = "review"
    __table_args__ = (CheckConstraint("interval_months BETWEEN 1 AND 24", name="review_interval"),)

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), primary_key=True)
    last_review: Mapped[dt.date] = mapped_column(Date)
    interval_months: Mapped[int] = mapped_column(Integer, default=3, server_default=text("3"))


class AgreementRow(Base):
    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("child_id", "template_id", name="uq_agreement_child_template"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    template_id: Mapped[str] = mapped_column(String(TEMPLATE_LENGTH))
    items: Mapped[list] = mapped_column(JSON)  # [{"id": ..., "text": ..., "choice": ... or null}, ...]
    updated: Mapped[dt.date] = mapped_column(Date)


class JournalRow(Base):
    """An incident record a parent may later show to a school, platform or police. Text only, never images.

    Deleting a child keeps the entry (child_id becomes NULL): it may be evidence.
    """

    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_entry_child_id", "child_id"), Index("ix_journal_entry_date", "date"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id", ondelete="SET NULL"))
    platform_id: Mapped[str | None] = mapped_column(String(PLATFORM_LENGTH))
    what_happened: Mapped[str] = mapped_column(Text)
    what_was_done: Mapped[str] = mapped_column(Text, default="", server_default="")
    reports_made: Mapped[str] = mapped_column(Text, default="", server_default="")
    reference_numbers: Mapped[str] = mapped_column(Text, default="", server_default="")


class PinRow(Base):
    """The parent PIN: one row. `hash` is argon2's encoded form, which carries the salt and the parameters."""

    __tablename__ = "pin"
    __table_args__ = (CheckConstraint("id = 1", name="one_pin"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)  # UTC, naive
