"""The main window: wiring only. Menus, the start screen and the open workshop."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app import APP_NAME
from app.i18n import LANGUAGES
from app.models import workshop as ops
from app.models.events import Change, Topic
from app.models.store import Store, StoreWriteError
from app.views.common.bus import QtBus, ViewContext
from app.views.common.heap import SETTLE_AFTER_MS, settle_heap
from app.views.common.labels import shown_as_typed
from app.views.common.theme import SCALE_STEP
from app.views.common.writes import save_setting, write_or_report
from app.views.files.exchange_dialogs import ExchangeActions
from app.views.room.audience import AudienceWindow, Projection
from app.views.room.presentation import PresentationPage
from app.views.session.join_feature import JoinFeature
from app.views.shell.shortcuts_overlay import ShortcutsOverlay
from app.views.shell.start_screen import StartScreen
from app.views.shell.undo_keys import WindowUndoKeys
from app.views.shell.workshop_screen import WorkshopScreen


@dataclass
class UndoHistory:
    """The undo stacks of a session (the overview's and one per workshop), kept by
    Python rather than by a window, so switching the UI language keeps every step."""

    overview: QUndoStack = field(default_factory=QUndoStack)
    stacks: dict[int, QUndoStack] = field(default_factory=dict)


class MainWindow(QMainWindow):
    """Start screen and workshop screen in one window, one undo stack per workshop.

    Signals:
        language_requested(str): the facilitator picked another UI language.
    """

    language_requested = Signal(str)

    def __init__(self, store: Store, language: str = "nl", parent: QWidget | None = None, *,
                 history: UndoHistory | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.language = language
        self.bus = QtBus(store, self)
        self.bus.failed.connect(self.show_failure)
        self.bus.changed.connect(self._saving_again)
        self.undo_group = QUndoGroup(self)
        # the stacks outlive this window: a language switch hands them to the next one
        self.history = history if history is not None else UndoHistory()
        self.overview_stack = self.history.overview
        self.stacks = self.history.stacks
        for stack in (self.overview_stack, *self.stacks.values()):
            self.undo_group.addStack(stack)
        self.workshop_screen: WorkshopScreen | None = None
        self.projection = Projection(store, self)
        self.audience_window: AudienceWindow | None = None
        self.presentation: PresentationPage | None = None
        self._session_actions: list[QAction] = []
        self.not_saving = QLabel(self.tr("Wijzigingen worden NIET opgeslagen: zie de melding."), self)
        self.not_saving.setStyleSheet("background: #b00020; color: white; padding: 4px;")
        self.not_saving.hide()

        self.pages = QStackedWidget(self)
        self.start = StartScreen(ViewContext(store, self.bus, self.overview_stack), self.pages)
        self.start.open_requested.connect(self.open_workshop)
        self.start.message.connect(self.show_message)
        self.pages.addWidget(self.start)
        self.setCentralWidget(self.pages)
        self.statusBar().addPermanentWidget(self.not_saving)
        self.join = JoinFeature(self)  # Meedoen: devices on the local network
        self._build_menus()
        self.shortcuts = ShortcutsOverlay(self)
        self.help_menu.insertAction(self.help_menu.actions()[0], self.shortcuts.open_action)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        self.pages.setCurrentWidget(self.start)
        self.undo_group.setActiveStack(self.overview_stack)

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.action_new = file_menu.addAction(self.tr("&Nieuwe bijeenkomst…"))
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self._new_workshop)
        self.action_overview = file_menu.addAction(self.tr("&Overzicht van bijeenkomsten"))
        self.action_overview.setShortcut(QKeySequence("Ctrl+W"))
        self.action_overview.triggered.connect(self.show_overview)
        self.file_menu = file_menu
        file_menu.addSeparator()
        self.exchange = ExchangeActions(self, self._workshop_for_export,
                                        lambda: ViewContext(self.store, self.bus,
                                                            self.overview_stack))
        self.exchange.imported.connect(self.open_workshop)
        self.exchange.message.connect(self.show_message)
        file_menu.addActions(self.exchange.actions())
        self.action_export_json = self.exchange.export_action
        self.action_snapshot = file_menu.addAction(self.tr("Bord als afbeelding &opslaan…"))
        self.action_snapshot.triggered.connect(self.save_board_picture)
        self.action_minutes = file_menu.addAction(self.tr("&Notulen exporteren (PDF)…"))
        self.action_minutes.setShortcut(QKeySequence.StandardKey.Print)
        self.action_minutes.triggered.connect(self.export_minutes)
        from app.views.shell.traject_menu import TrajectActions

        self.traject = TrajectActions(self, self.store, self.bus, self.overview_stack,
                                      lambda: self.workshop_screen.ctx if self.workshop_screen else None,
                                      lambda: self.workshop_screen.workshop_id if self.workshop_screen else None)
        self.traject.open_workshop.connect(self.open_workshop)
        self.traject.message.connect(self.show_message)
        file_menu.addActions(self.traject.file_actions())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Afsluiten"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        undo = self.undo_group.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.addActions([undo, redo])  # also with the menu bar hidden (presentation mode)
        self.action_undo, self.action_redo = undo, redo
        self.undo_keys = WindowUndoKeys(self)
        self.edit_menu = edit_menu
        self.session_menu = bar.addMenu(self.tr("&Sessie"))
        self.view_menu = bar.addMenu(self.tr("Beel&d"))
        self.action_audience = self.view_menu.addAction(self.tr("&Publieksvenster (tweede scherm)"))
        self.action_audience.setShortcut(QKeySequence("Ctrl+F5"))
        self.action_audience.setCheckable(True)
        self.action_audience.triggered.connect(self.toggle_audience_window)
        self.action_present = self.view_menu.addAction(self.tr("P&resentatiemodus (één scherm)"))
        self.action_present.setShortcut(QKeySequence("F5"))
        self.action_present.triggered.connect(self.enter_presentation)
        self.view_menu.addSeparator()
        self.action_contrast = self.view_menu.addAction(self.tr("Projectorthema met &hoog contrast"))
        self.action_contrast.setCheckable(True)
        self.action_contrast.setChecked(self.projection.high_contrast)
        self.action_contrast.setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.action_contrast.toggled.connect(self.projection.set_high_contrast)
        bigger = self.view_menu.addAction(self.tr("Tekst in de zaal &groter"))
        bigger.setShortcuts([QKeySequence("Ctrl+Shift+="), QKeySequence("Ctrl+Shift++")])
        bigger.triggered.connect(lambda: self.projection.change_scale(SCALE_STEP))
        smaller = self.view_menu.addAction(self.tr("Tekst in de zaal &kleiner"))
        smaller.setShortcut(QKeySequence("Ctrl+Shift+-"))
        smaller.triggered.connect(lambda: self.projection.change_scale(-SCALE_STEP))
        self._add_room_page_actions()
        for action in (self.action_minutes, self.action_audience, self.action_present,
                       self.action_snapshot):
            action.setEnabled(False)
        self.session_menu.setEnabled(False)

        language_menu = bar.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.traject.tips_action)
        about = self.help_menu.addAction(self.tr("Over Leidraad"))
        about.triggered.connect(self._about)

    def _about(self) -> None:
        from app.views.shell.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.store.path, self)
        self.about_dialog.open()

    # -- navigation ----------------------------------------------------------
    def _new_workshop(self) -> None:
        self.show_overview()
        self.start.new_workshop()

    def show_overview(self) -> None:
        self.leave_presentation()
        self._close_audience_window()
        self.join.set_workshop(None, None)
        if self.workshop_screen is not None:
            self.workshop_screen.round_panel.flush()
            self.workshop_screen.remember_board()
            self.pages.removeWidget(self.workshop_screen)
            self.workshop_screen.deleteLater()
            self.workshop_screen = None
        self.pages.setCurrentWidget(self.start)
        self.undo_group.setActiveStack(self.overview_stack)
        self.projection.set_workshop(None)
        self._set_session_actions([])
        self.traject.set_open(False)
        for action in (self.action_minutes, self.action_audience, self.action_present,
                       self.action_snapshot):
            action.setEnabled(False)
        self._remember("last_workshop_id", "")
        self.setWindowTitle(APP_NAME)
        self.start.table.setFocus()

    def open_workshop(self, workshop_id: int) -> WorkshopScreen | None:
        ws = ops.get_workshop(self.store, workshop_id)
        if ws is None:
            self.show_message(self.tr("Deze bijeenkomst bestaat niet meer."))
            return None
        if self.workshop_screen is not None:
            self.show_overview()
        stack = self.stacks.get(workshop_id)
        if stack is None:
            stack = self.stacks[workshop_id] = QUndoStack()
            self.undo_group.addStack(stack)
        screen = WorkshopScreen(ViewContext(self.store, self.bus, stack), workshop_id, self.pages)
        screen.back_requested.connect(self.show_overview)
        screen.message.connect(self.show_message)
        screen.board_changed.connect(self.projection.set_board)
        screen.prompts_requested.connect(self.projection.show_prompts)
        self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        self.workshop_screen = screen
        self.join.set_workshop(screen.ctx, workshop_id)
        self.undo_group.setActiveStack(stack)
        self.projection.set_workshop(workshop_id, screen.current_board_kind())
        self._set_session_actions(self._session_actions_for(screen))
        self.traject.set_open(True)
        for action in (self.action_minutes, self.action_audience, self.action_present,
                       self.action_snapshot):
            action.setEnabled(True)
        self._remember("last_workshop_id", str(workshop_id))
        self.setWindowTitle(f"{ws.title} — {APP_NAME}")
        QTimer.singleShot(SETTLE_AFTER_MS, self, settle_heap)  # its boards live while it is open
        return screen

    def _session_actions_for(self, screen: WorkshopScreen) -> list[QAction]:
        new_action = QAction(self.tr("Nieuwe actie (over naar actie)"), self)
        new_action.setShortcut(QKeySequence("Ctrl+J"))
        new_action.triggered.connect(lambda: (screen.show_side("actions"),
                                              screen.actions_panel.focus_entry()))
        rules = screen.rules.toggle_action
        rules.setShortcut(QKeySequence("Ctrl+G"))
        return [*screen.timer.actions, new_action, rules, self.join.action,
                screen.turn.toggle_action]

    def _set_session_actions(self, actions: list[QAction]) -> None:
        """Timer and session keys live on the window, so they work in presentation mode too."""
        for action in self._session_actions:
            self.removeAction(action)
        self.session_menu.clear()
        self._session_actions = actions
        for action in actions:
            self.session_menu.addAction(action)
            self.addAction(action)
        self.session_menu.setEnabled(bool(actions))

    # -- the room ---------------------------------------------------------------
    def _workshop_ctx(self) -> ViewContext | None:
        return self.workshop_screen.ctx if self.workshop_screen is not None else None

    def toggle_audience_window(self, on: bool = True) -> AudienceWindow | None:
        """Open (or, with ``on=False``, close) the audience window; Ctrl+F5 toggles."""
        if not on:
            self._close_audience_window()
            return None
        ctx = self._workshop_ctx()
        if ctx is None:
            return None
        if self.audience_window is None:
            self.audience_window = AudienceWindow(ctx, self.projection, self)
            self.audience_window.closed.connect(self._audience_closed)
            self.join.attach(self.audience_window.view)
        self.audience_window.place()
        self.action_audience.setChecked(True)
        if self.audience_window.target_screen() is None:
            self.show_message(self.tr("Geen tweede scherm gevonden: het publieksvenster staat op dit "
                                      "scherm. Tip: F5 voor presentatiemodus."))
        return self.audience_window

    def _audience_closed(self) -> None:
        self.audience_window = None
        self.action_audience.setChecked(False)
        self.show_message(self.tr("Publieksvenster gesloten. Alles is bewaard."))

    def _close_audience_window(self) -> None:
        if self.audience_window is not None:
            window, self.audience_window = self.audience_window, None
            window.close()
            window.deleteLater()
        self.action_audience.setChecked(False)

    def enter_presentation(self) -> None:
        """Single screen: the audience layout fullscreen in this window; Esc leaves."""
        ctx = self._workshop_ctx()
        if ctx is None or self.presentation is not None:
            return
        self.presentation = PresentationPage(ctx, self.projection, self._session_actions, self.pages)
        self.presentation.leave_requested.connect(self.leave_presentation)
        self.join.attach(self.presentation.view)
        self.pages.addWidget(self.presentation)
        self.pages.setCurrentWidget(self.presentation)
        self.menuBar().hide()
        self.statusBar().hide()
        self.showFullScreen()
        self.presentation.setFocus()

    def leave_presentation(self) -> None:
        if self.presentation is None:
            return
        page, self.presentation = self.presentation, None
        self.pages.removeWidget(page)
        page.deleteLater()
        if self.workshop_screen is not None:
            self.pages.setCurrentWidget(self.workshop_screen)
        self.menuBar().show()
        self.statusBar().show()
        self.showNormal()

    def _add_room_page_actions(self) -> None:
        """Page Down / Page Up turn the page of a board the room sees in pages; window-wide,
        so they also work in presentation mode (the menu bar is hidden there)."""
        self.view_menu.addSeparator()
        for step, text, key in ((1, self.tr("Volgende pagina in de zaal"), "PgDown"),
                                (-1, self.tr("Vorige pagina in de zaal"), "PgUp")):
            action = self.view_menu.addAction(text)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, s=step: self.turn_room_page(s))
            self.addAction(action)
        self.action_next_page, self.action_previous_page = self.view_menu.actions()[-2:]
        self.projection.page_changed.connect(self._room_pages_changed)
        self._room_pages_changed()

    def _room_pages_changed(self) -> None:
        """Only while the room's board has pages: PgDown/PgUp stay the lists' own otherwise."""
        p = self.projection
        self.action_next_page.setEnabled(p.page + 1 < p.page_count)
        self.action_previous_page.setEnabled(p.page > 0)

    def turn_room_page(self, step: int) -> None:
        p = self.projection
        if p.turn_page(step):
            self.show_message(self.tr("Zaal: pagina {page} van {count}").format(
                page=p.page + 1, count=p.page_count))

    def save_board_picture(self) -> None:
        from app.views.files.snapshot_dialog import save_board_picture

        if self.workshop_screen is not None:
            save_board_picture(self, self.workshop_screen, self.projection, self.show_message)

    # -- files ------------------------------------------------------------------
    def _workshop_for_export(self) -> int | None:
        if self.workshop_screen is not None:
            return self.workshop_screen.workshop_id
        selected = self.start.selected()
        return selected.id if selected is not None else None

    def export_minutes(self) -> None:
        from app.models import timer
        from app.views.files.pdf_export import open_pdf_export

        if self.workshop_screen is not None:
            self.workshop_screen.round_panel.flush()
            workshop_id = self.workshop_screen.workshop_id
            write_or_report(self.store, lambda: timer.record_actuals(self.store, workshop_id))
            dialog = open_pdf_export(self.workshop_screen.ctx, self.workshop_screen.workshop_id, self)
            dialog.exported.connect(lambda path: self.show_message(
                self.tr("Notulen opgeslagen: {path}").format(path=path)))

    def restore_last(self) -> None:
        """Reopen the workshop the facilitator was in when the app last stopped."""
        last = ops.get_setting(self.store, "last_workshop_id")
        if last and last.isdigit() and ops.get_workshop(self.store, int(last)) is not None:
            self.open_workshop(int(last))

    # -- feedback ------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def show_failure(self, error: Exception) -> None:
        """An edit was refused or could not be saved: say so, never carry on silently."""
        if isinstance(error, StoreWriteError):
            self.not_saving.show()
            QMessageBox.critical(self, self.tr("Niet opgeslagen"), shown_as_typed(str(error)))
        else:
            self.show_message(str(error))

    def _saving_again(self, change: Change) -> None:
        if change.topic is Topic.STORE and change.saving:
            self.not_saving.hide()
            self.show_message(self.tr("Opslaan werkt weer."))

    def _remember(self, key: str, value: str) -> None:
        """Navigation state (where the facilitator is): a failure is shown, not raised."""
        save_setting(self.store, key, value)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.join.leave()
        self._close_audience_window()
        self.undo_keys.remove()
        if self.workshop_screen is not None:
            self.workshop_screen.round_panel.flush()
            self.workshop_screen.remember_board()
        self.bus.detach()
        super().closeEvent(event)


