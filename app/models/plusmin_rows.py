"""The plus-min schema's rows (a theme, its points, the ties between them) and the
few helpers both :mod:`app.models.plusmin` (themes, urgency) and
:mod:`app.models.plusmin_items` (points and pairs) use.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base
from app.models.events import Topic
from app.models.text import InputError

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
    """A positive point tied to (one of) its reverse side(s).

    A point may be in several pairs; the same two points are tied at most once.
    """

    __tablename__ = "theme_pair"
    __table_args__ = (UniqueConstraint("plus_id", "min_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    plus_id: Mapped[int] = mapped_column(ForeignKey("theme_item.id", ondelete="CASCADE"), index=True)
    min_id: Mapped[int] = mapped_column(ForeignKey("theme_item.id", ondelete="CASCADE"), index=True)


TOPIC = Topic.PLUSMIN
SIGN_WHAT = {"plus": "Positief punt", "min": "Aandachtspunt"}


def theme_row(s: Session, theme_id: int) -> Theme:
    theme = s.get(Theme, theme_id)
    if theme is None:
        raise InputError(QCoreApplication.translate("Models", "Dit thema bestaat niet (meer)."))
    return theme


def renumber(rows: list[Any]) -> None:
    for pos, row in enumerate(rows):
        if row.position != pos:
            row.position = pos
