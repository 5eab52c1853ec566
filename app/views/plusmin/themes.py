"""The themes of a plus-min board: the "Thema +" button, its menu and what it does.

Adding (empty, the four core themes, a core theme with the research's points),
renaming, moving and deleting a theme are each one undo step. The button knows
its board only as a :class:`ThemeHost` (the themes, the one shown, how to show
one), so this module does not import the board. Its texts keep the board's
translation context.
"""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QToolButton, QWidget

from app.commands import GestureCommand
from app.commands import plusmin as cmd
from app.models import plusmin as pm
from app.views.common.bus import ViewContext
from app.views.common.labels import shown_as_typed


class ThemeHost(Protocol):
    """What the theme button asks of its board (``PlusMinBoard`` is one)."""

    ctx: ViewContext
    workshop_id: int
    themes: list[pm.Theme]

    @property
    def current_theme_id(self) -> int: ...

    def show_theme(self, theme_id: int) -> None: ...


class ThemeButton(QToolButton):
    """"Thema +": a menu to add, rename, move and delete themes, each undoable."""

    def __init__(self, host: ThemeHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setText(QCoreApplication.translate("PlusMinBoard", "Thema +"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("PlusMinBoard", "Leeg thema…"), self.add_empty_theme)
        menu.addSeparator()
        for title in pm.CORE_THEMES:
            menu.addAction(title, lambda t=title: self.add_theme(t))
        core_menu = menu.addMenu(QCoreApplication.translate("PlusMinBoard", "Kernthema met de punten uit het onderzoek"))
        for title in pm.CORE_THEMES:
            core_menu.addAction(title, lambda t=title: self.add_theme(t, with_points=True))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("PlusMinBoard", "Thema hernoemen…"), self.rename_theme)
        menu.addAction(QCoreApplication.translate("PlusMinBoard", "Thema naar links"), lambda: self.move_theme(-1))
        menu.addAction(QCoreApplication.translate("PlusMinBoard", "Thema naar rechts"), lambda: self.move_theme(1))
        menu.addAction(QCoreApplication.translate("PlusMinBoard", "Thema verwijderen…"), self.delete_theme)
        self.setMenu(menu)

    @property
    def ctx(self) -> ViewContext:
        return self.host.ctx

    def _current(self) -> tuple[int, pm.Theme | None]:
        """(index, theme) of the theme shown; (-1, None) when there is none."""
        theme_id = self.host.current_theme_id
        for index, theme in enumerate(self.host.themes):
            if theme.id == theme_id:
                return index, theme
        return -1, None

    def add_empty_theme(self) -> None:
        title, ok = QInputDialog.getText(self, QCoreApplication.translate("PlusMinBoard", "Nieuw thema"), QCoreApplication.translate("PlusMinBoard", "Naam van het thema:"))
        if ok and title.strip():
            self.add_theme(title)

    def add_core_themes(self) -> None:
        """The four core themes of the research, empty, as one undo step."""
        children = [cmd.AddTheme(self.ctx.store, self.host.workshop_id, title)
                    for title in pm.CORE_THEMES]
        self.ctx.push(GestureCommand(self.ctx.store, QCoreApplication.translate("PlusMinBoard", "De vier kernthema’s toevoegen"),
                                     list(children)))
        if self.host.themes:
            self.host.show_theme(self.host.themes[0].id)

    def add_theme(self, title: str, *, with_points: bool = False) -> None:
        command = cmd.AddTheme(self.ctx.store, self.host.workshop_id, title, with_points=with_points)
        if self.ctx.push(command) and command.theme_id:
            self.host.show_theme(command.theme_id)

    def rename_theme(self) -> None:
        _index, theme = self._current()
        if theme is None:
            return
        title, ok = QInputDialog.getText(self, QCoreApplication.translate("PlusMinBoard", "Thema hernoemen"), QCoreApplication.translate("PlusMinBoard", "Naam van het thema:"),
                                         text=theme.title)
        if ok and title.strip() and title != theme.title:
            self.ctx.push(cmd.RenameTheme(self.ctx.store, theme.id, title))

    def move_theme(self, step: int) -> None:
        index, theme = self._current()
        if theme is not None and 0 <= index + step < len(self.host.themes):
            self.ctx.push(cmd.MoveTheme(self.ctx.store, theme.id, index + step))

    def delete_theme(self) -> None:
        _index, theme = self._current()
        if theme is None:
            return
        question = QCoreApplication.translate(
            "PlusMinBoard", "‘{title}’ en alle punten erin verwijderen? Ctrl+Z maakt dit ongedaan.")
        answer = QMessageBox.question(
            self, QCoreApplication.translate("PlusMinBoard", "Thema verwijderen"),
            shown_as_typed(question.format(title=theme.title)))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.push(cmd.DeleteTheme(self.ctx.store, theme.id, theme.title))
