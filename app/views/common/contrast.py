"""Contrast of every text the room or the facilitator reads, from the themes' own colours.

WCAG 2.x: contrast ratio = (L1 + 0.05) / (L2 + 0.05) of the relative luminances;
AA asks 4.5:1 for normal text. :func:`text_roles` lists each text role (its
colour on its ground) for the normal and the high-contrast projector theme and
for every timer state, taken from the constants the views paint with, so a
changed colour is checked where it is used.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

AA_NORMAL = 4.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor | str) -> float:
    c = QColor(color)
    return (0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF())
            + 0.0722 * _channel(c.blueF()))


def blend(fg: QColor | str, bg: QColor | str, alpha: float | None = None) -> QColor:
    """``fg`` painted with its alpha (or ``alpha``) over an opaque ``bg``."""
    f, b = QColor(fg), QColor(bg)
    a = f.alphaF() if alpha is None else alpha
    return QColor.fromRgbF(f.redF() * a + b.redF() * (1 - a), f.greenF() * a + b.greenF() * (1 - a),
                           f.blueF() * a + b.blueF() * (1 - a))


def ratio(fg: QColor | str, bg: QColor | str) -> float:
    """The WCAG contrast ratio of ``fg`` (blended if translucent) on ``bg``."""
    f = blend(fg, bg) if QColor(fg).alphaF() < 1 else QColor(fg)
    hi, lo = sorted((luminance(f), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@dataclass(frozen=True)
class TextRole:
    name: str
    fg: QColor
    bg: QColor

    @property
    def ratio(self) -> float:
        return ratio(self.fg, self.bg)


def _palette_roles(high_contrast: bool) -> list[TextRole]:
    from app.views.common.theme import projector_palette

    pal = projector_palette(high_contrast)
    R = QPalette.ColorRole
    return [TextRole(f"palette {fg.name}/{bg.name}", pal.color(fg), pal.color(bg)) for fg, bg in (
        (R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight))]


def _timer_roles(window: QColor) -> list[TextRole]:
    from app.views.session.timer_panel import COLOURS, DIMMED_ALPHA, SESSION_OVER

    roles = []
    for phase, (ground, digits) in COLOURS.items():
        roles.append(TextRole(f"countdown {phase}", QColor(digits), QColor(ground)))
        if phase != "flash":  # paused / not started: the digits (and caption) are dimmed
            roles.append(TextRole(f"countdown {phase} dimmed",
                                  blend(digits, ground, DIMMED_ALPHA), QColor(ground)))
    roles.append(TextRole("session clock past 120 minutes", QColor(SESSION_OVER), window))
    return roles


def _room_chrome_roles(window: QColor) -> list[TextRole]:
    from app.views.common.theme import (
        CONTROL_GROUND,
        CONTROL_HINT,
        CONTROL_INK,
        PAGE_GROUND,
        PAGE_INK,
    )
    from app.views.room.presentation import CONTROL_BUTTON, CONTROL_DISABLED

    return [TextRole("page mark 1/2", QColor(PAGE_INK), QColor(PAGE_GROUND)),
            TextRole("presentation bar label", QColor(CONTROL_INK), QColor(CONTROL_GROUND)),
            TextRole("presentation button", QColor(CONTROL_INK), QColor(CONTROL_BUTTON)),
            TextRole("presentation button, disabled", QColor(CONTROL_DISABLED),
                     QColor(CONTROL_BUTTON)),
            TextRole("presentation key hint", QColor(CONTROL_HINT), window)]


def _market_roles(high_contrast: bool) -> list[TextRole]:
    from app.views.market.cards import (
        ACCENT,
        INK,
        KNOT,
        MUTED,
        PAPER,
        POOL,
        SHEET,
        WALL,
        Metrics,
    )

    m = Metrics.for_audience(True).scaled(1.0, contrast=high_contrast)
    wall = QColor("#ffffff") if high_contrast else WALL
    roles = [TextRole("market subgroup title on the wall", INK, wall),
             TextRole("market members on the wall", m.tone(MUTED), wall),
             TextRole("market knot", INK, KNOT), TextRole("market knot topic", m.tone(MUTED), KNOT),
             TextRole("market pool title", m.tone(ACCENT["supply"]), POOL),
             TextRole("market empty-column hint", m.tone(MUTED), SHEET)]
    for side in ("supply", "demand"):
        roles += [TextRole(f"market {side} entry", INK, PAPER[side]),
                  TextRole(f"market {side} people", m.tone(MUTED), PAPER[side]),
                  TextRole(f"market {side} tags", m.tone(ACCENT[side]), PAPER[side]),
                  TextRole(f"market {side} sheet title", m.tone(ACCENT[side]), SHEET),
                  TextRole(f"market {side} sheet prompt", m.tone(MUTED), SHEET)]
    return roles


def _plusmin_roles(high_contrast: bool, window: QColor) -> list[TextRole]:
    from app.views.plusmin.parts import board_colours

    c = {k: QColor(v) for k, v in board_colours(high_contrast).items()}
    return [TextRole("plus-min point", c["ink"], c["card"]),
            TextRole("plus-min point being edited", c["ink"], c["focus"]),
            TextRole("plus-min positive heading", c["plus"], window),
            TextRole("plus-min attention heading", c["min"], window),
            TextRole("plus-min flag on a point", c["warn"], c["card"]),
            TextRole("plus-min check line", c["warn"], window),
            TextRole("plus-min urgency line", c["accent"], window),
            TextRole("plus-min link", c["accent"], window),
            TextRole("plus-min 'not yet paired'", c["loose"], window),
            TextRole("plus-min hidden note (console)", c["note_ink"], c["note"])]


def text_roles(high_contrast: bool) -> list[TextRole]:
    """Every text role of the room (and the presentation bar) in one projector theme."""
    from app.views.common.theme import projector_palette

    window = projector_palette(high_contrast).color(QPalette.ColorRole.Window)
    return (_palette_roles(high_contrast) + _timer_roles(window) + _room_chrome_roles(window)
            + _market_roles(high_contrast) + _plusmin_roles(high_contrast, window))
