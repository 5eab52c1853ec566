"""The stored state of a workshop's round timer (one row per workshop).

Its own module so the agenda (a deleted round stops the timer on it) and the
timer operations (:mod:`app.models.timer`) both use it without importing each other.
"""
from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, JSONText

STATES = ("idle", "running", "paused")


class TimerState(Base):
    """The round timer of one workshop.

    ``extra_seconds`` maps a round id (as text) to the minutes added or taken
    with +1/+5/-1, in seconds, so going back to a round keeps its extension.
    """

    __tablename__ = "timer_state"

    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"),
                                             primary_key=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("round.id", ondelete="SET NULL"),
                                                 nullable=True)
    state: Mapped[str] = mapped_column(String(8), default="idle")
    accumulated_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    started_wall: Mapped[float | None] = mapped_column(Float, nullable=True)
    extra_seconds: Mapped[dict[str, int]] = mapped_column(JSONText, default=dict)
