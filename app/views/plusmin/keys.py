"""The plus-min board's own keys, and their lines in the shortcuts overlay (F1).

The board hands in what each key does; the keys work while the focus is anywhere
in the board (never window-wide, so the round timer's keys stay the timer's).
Texts keep the board's translation context.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.views.shell.shortcuts_overlay import GROUP_PROPERTY, set_shortcut_help

Slot = Callable[[], object]


def add_board_keys(board: QWidget, *, focus_plus: Slot, focus_min: Slot, pair: Slot,
                   unpair: Slot, toggle_reveal: Slot, next_theme: Slot,
                   previous_theme: Slot) -> None:
    """Board keys on ``board``, described for the shortcuts overlay."""
    group = QCoreApplication.translate("PlusMinBoard", "Plus-min-schema")
    board.setProperty(GROUP_PROPERTY, group)
    for key, slot, text in (
            ("Ctrl+Shift+P", focus_plus, QCoreApplication.translate("PlusMinBoard", "Positief punt typen")),
            ("Ctrl+Shift+M", focus_min, QCoreApplication.translate("PlusMinBoard", "Aandachtspunt typen")),
            ("Ctrl+K", pair, QCoreApplication.translate("PlusMinBoard", "Gekozen positief punt en aandachtspunt koppelen")),
            ("Ctrl+Shift+K", unpair, QCoreApplication.translate("PlusMinBoard", "Koppeling opheffen")),
            ("Ctrl+Shift+O", toggle_reveal,
             QCoreApplication.translate("PlusMinBoard", "Aandachtspunten tonen aan / verbergen voor de zaal")),
            ("Alt+PgDown", next_theme, QCoreApplication.translate("PlusMinBoard", "Volgend thema")),
            ("Alt+PgUp", previous_theme, QCoreApplication.translate("PlusMinBoard", "Vorig thema"))):
        shortcut = QShortcut(QKeySequence(key), board, slot)
        # set apart: PySide6 ignores context= in the constructor (window-wide otherwise)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(text)
    set_shortcut_help(board, group, [
        ("Enter / F2", QCoreApplication.translate("PlusMinBoard", "Punt bewerken (Shift+Enter: nieuwe regel, Esc: annuleren)")),
        ("Spatie", QCoreApplication.translate("PlusMinBoard", "Punt kiezen om te koppelen")),
        ("↑ / ↓ / ← / →", QCoreApplication.translate("PlusMinBoard", "Naar het vorige of volgende punt, of het punt ertegenover")),
        ("Alt+↑ / Alt+↓", QCoreApplication.translate("PlusMinBoard", "Punt (of gekoppelde rij) verplaatsen")),
        ("Ctrl+← / Ctrl+→", QCoreApplication.translate("PlusMinBoard", "Punt naar de andere kolom (koppeling vervalt)")),
        ("Ctrl+J", QCoreApplication.translate("PlusMinBoard", "Naar het gekoppelde punt (nog eens: het volgende)")),
        ("Ctrl+↓ / Ctrl+↑", QCoreApplication.translate("PlusMinBoard", "Naar het volgende / vorige paar")),
        ("Delete", QCoreApplication.translate("PlusMinBoard", "Punt verwijderen")),
        ("Esc", QCoreApplication.translate("PlusMinBoard", "Keuze voor koppelen wissen")),
    ])
