"""WCAG AA contrast (4.5:1) of every text role the room or the facilitator reads, computed from
the themes' own colours, in the normal and the high-contrast theme and every timer state."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from app.views.common.contrast import AA_NORMAL, blend, ratio, text_roles
from app.views.room.presentation import CONTROLS_STYLE


def test_the_ratio_is_wcags() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert blend(QColor(255, 255, 255), "#000000", 0.5).name() == "#808080"


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_every_text_role_meets_aa(qapp, high_contrast) -> None:
    roles = text_roles(high_contrast)
    names = {r.name for r in roles}
    for phase in ("normal", "warning", "over", "flash"):  # every timer state is checked
        assert f"countdown {phase}" in names
    for phase in ("normal", "warning", "over"):
        assert f"countdown {phase} dimmed" in names
    assert {"page mark 1/2", "presentation button", "market supply entry",
            "plus-min point"} <= names
    low = [(r.name, r.fg.name(), r.bg.name(), round(r.ratio, 2)) for r in roles
           if r.ratio < AA_NORMAL]
    assert not low, low


def test_presentation_buttons_are_light_on_an_opaque_dark_bar(qapp) -> None:
    """Was white text on a translucent bar over the near-white room: unreadable."""
    assert "rgba" not in CONTROLS_STYLE
    assert "QToolButton" in CONTROLS_STYLE and "background" in CONTROLS_STYLE
