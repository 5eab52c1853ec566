"""The marketplace's tables: subgroups, developments, sheet lines and their people, pools,
matches and dismissed suggestions (the operations are in :mod:`app.models.market`)."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class MarketSubgroup(Base):
    __tablename__ = "market_subgroup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class MarketDevelopment(Base):
    """A coming development or innovation of the school."""

    __tablename__ = "market_development"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class MarketEntry(Base):
    """One line on a supply or demand sheet."""

    __tablename__ = "market_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    subgroup_id: Mapped[int] = mapped_column(
        ForeignKey("market_subgroup.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    fits_development_id: Mapped[int | None] = mapped_column(
        ForeignKey("market_development.id", ondelete="SET NULL"), nullable=True
    )


class MarketEntryPerson(Base):
    """Someone involved in an entry: a participant, or a free-text colleague."""

    __tablename__ = "market_entry_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("market_entry.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), nullable=True, index=True
    )
    free_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(8), default="owner", server_default="owner")


class MarketPool(Base):
    """Supply entries that are the same expertise."""

    __tablename__ = "market_pool"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)


class MarketPoolMember(Base):
    __tablename__ = "market_pool_member"

    pool_id: Mapped[int] = mapped_column(
        ForeignKey("market_pool.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("market_entry.id", ondelete="CASCADE"), primary_key=True, unique=True
    )


class MarketMatch(Base):
    """A knot: one demand tied to one supply that answers it."""

    __tablename__ = "market_match"
    __table_args__ = (UniqueConstraint("demand_id", "supply_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("market_entry.id", ondelete="CASCADE"))
    supply_id: Mapped[int] = mapped_column(ForeignKey("market_entry.id", ondelete="CASCADE"))


class MarketDismissal(Base):
    """A suggestion (pool or match of two entries) the facilitator turned down."""

    __tablename__ = "market_dismissal"
    __table_args__ = (UniqueConstraint("kind", "a_id", "b_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    a_id: Mapped[int] = mapped_column(ForeignKey("market_entry.id", ondelete="CASCADE"))
    b_id: Mapped[int] = mapped_column(ForeignKey("market_entry.id", ondelete="CASCADE"))
