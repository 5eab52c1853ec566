"""The agenda: timed rounds within the method's two-hour limit."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, JSONText

MAX_SESSION_MINUTES = 120
BOARDS = ("circle", "market", "plusmin")


class Round(Base):
    """One time-boxed round of a session."""

    __tablename__ = "round"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=10)
    board: Mapped[str | None] = mapped_column(String(16), nullable=True)
    prompts: Mapped[list[str]] = mapped_column(JSONText, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    actual_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
