"""Board 1: the circle of influence (cirkel van invloed en betrokkenheid).

Geometry (../shared/FORMAT.md): centre (0, 0), outer radius 1.0, five rings of
equal width, inside out. The ring of a note is a pure function of its centre.
"""
from __future__ import annotations

import math

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

RINGS: tuple[str, ...] = ("self", "class", "section", "school", "society")
RING_WIDTH = 1.0 / len(RINGS)
DEFAULT_NOTE_COLOR = "#fff59d"


def ring_at(x: float, y: float) -> str | None:
    """The ring holding a note centred at (x, y), or None outside the circle."""
    r = math.hypot(x, y)
    if not math.isfinite(r) or r > 1.0:
        return None
    index = max(0, math.ceil(r / RING_WIDTH) - 1)
    return RINGS[min(index, len(RINGS) - 1)]


class Note(Base):
    """A post-it: keywords of a story, who told it, where it sits."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    ring: Mapped[str | None] = mapped_column(String(16), nullable=True)
    color: Mapped[str] = mapped_column(String(16), default=DEFAULT_NOTE_COLOR)
    z: Mapped[int] = mapped_column(Integer, default=0)
