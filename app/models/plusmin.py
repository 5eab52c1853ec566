"""Board 3: the plus-min schema per core theme (plus-min-schema).

Two columns per theme: positive points (plus) and points of attention (min).
The closing check pairs every positive point with its reverse side.
"""
from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

SIGNS = ("plus", "min")

# The four core themes found by the research (METHOD.md), in the Dutch users expect.
CORE_THEMES: tuple[str, ...] = (
    "Motivatie, betrokkenheid en persoonlijke professionaliteit",
    "Feedback en bespreekbaarheid",
    "Autonomie en onderdeel zijn van een geheel",
    "Veranderen, vernieuwen en leren",
)


class Theme(Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    # Positives first: the room sees the attention column only once revealed.
    attention_revealed: Mapped[bool] = mapped_column(Boolean, default=False)


class ThemeItem(Base):
    __tablename__ = "theme_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    sign: Mapped[str] = mapped_column(String(4))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ThemePair(Base):
    """A positive point tied to its reverse side."""

    __tablename__ = "theme_pair"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    plus_id: Mapped[int] = mapped_column(
        ForeignKey("theme_item.id", ondelete="CASCADE"), unique=True
    )
    min_id: Mapped[int] = mapped_column(ForeignKey("theme_item.id", ondelete="CASCADE"), unique=True)
