"""Looks for the room: the high-contrast projector theme and the text-size control."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

MIN_SCALE, MAX_SCALE, SCALE_STEP = 0.7, 2.5, 0.15
PAGE_INK, PAGE_GROUND = "#ffffff", "#1d2b36"  # the "1/2" page mark over a board
PAGE_LABEL_STYLE = (f"QLabel#audiencePage {{ color: {PAGE_INK}; background: {PAGE_GROUND}; "
                    "border-radius: 6px; padding: 4px 14px; }")
# Presentation mode's control bar: light text on an opaque dark bar (legible over any board)
CONTROL_INK, CONTROL_GROUND, CONTROL_HINT = "#ffffff", "#1d2b36", "#4a5560"


def projector_palette(high_contrast: bool) -> QPalette:
    """Normal: calm light colours. High contrast: near-black on white with strong accents,
    which survives washed-out beamers and daylight better than mid greys."""
    pal = QPalette()
    if high_contrast:
        colors = {
            QPalette.ColorRole.Window: "#ffffff", QPalette.ColorRole.WindowText: "#000000",
            QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.Text: "#000000",
            QPalette.ColorRole.Button: "#000000", QPalette.ColorRole.ButtonText: "#ffffff",
            QPalette.ColorRole.Highlight: "#0033cc", QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Mid: "#000000",
        }
    else:
        colors = {
            QPalette.ColorRole.Window: "#f7f5f0", QPalette.ColorRole.WindowText: "#1d2b36",
            QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.Text: "#1d2b36",
            QPalette.ColorRole.Button: "#e8e4da", QPalette.ColorRole.ButtonText: "#1d2b36",
            QPalette.ColorRole.Highlight: "#2f6f8f", QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Mid: "#9aa5ad",
        }
    for role, color in colors.items():
        pal.setColor(role, QColor(color))
    return pal


def apply_room_look(widget: QWidget, *, high_contrast: bool, scale: float) -> None:
    """Palette for an audience widget and everything inside it.

    Type size is each board's own business (their layouts are measured for
    their fonts): boards offer ``set_text_scale(float)`` and
    ``set_high_contrast(bool)``, which are called here.
    """
    widget.setAutoFillBackground(True)
    widget.setPalette(projector_palette(high_contrast))
    for child in [widget, *widget.findChildren(QWidget)]:
        if hasattr(child, "set_high_contrast"):
            child.set_high_contrast(high_contrast)
        if hasattr(child, "set_text_scale"):
            child.set_text_scale(scale)


def clamp_scale(value: float) -> float:
    return max(MIN_SCALE, min(MAX_SCALE, round(value, 2)))
