"""The main window: wiring only. Menus, the start screen and the open workshop."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app import APP_NAME, __version__
from app.i18n import LANGUAGES
from app.models import workshop as ops
from app.models.store import Store, StoreWriteError
from app.views.bus import QtBus, ViewContext
from app.views.start_screen import StartScreen
from app.views.workshop_screen import WorkshopScreen


class MainWindow(QMainWindow):
    """Start screen and workshop screen in one window, one undo stack per workshop.

    Signals:
        language_requested(str): the facilitator picked another UI language.
    """

    language_requested = Signal(str)

    def __init__(self, store: Store, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.language = language
        self.bus = QtBus(store, self)
        self.bus.failed.connect(self.show_failure)
        self.undo_group = QUndoGroup(self)
        self.overview_stack = QUndoStack(self.undo_group)
        self.stacks: dict[int, QUndoStack] = {}
        self.workshop_screen: WorkshopScreen | None = None
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
        self._build_menus()
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
        self.edit_menu = edit_menu
        self.view_menu = bar.addMenu(self.tr("Beel&d"))

        language_menu = bar.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        about = self.help_menu.addAction(self.tr("Over Leidraad"))
        about.triggered.connect(self._about)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Over Leidraad"), self.tr(
            "<b>Leidraad {version}</b><p>Voor groepsgesprekken volgens ‘Leren loont het langst’: "
            "cirkel van invloed, marktplaats, plus-min-schema’s, rondes op tijd en notulen.</p>"
            "<p>Alles blijft op deze laptop, in {path}.</p>").format(
                version=__version__, path=self.store.path))

    # -- navigation ----------------------------------------------------------
    def _new_workshop(self) -> None:
        self.show_overview()
        self.start.new_workshop()

    def show_overview(self) -> None:
        if self.workshop_screen is not None:
            self.workshop_screen.remember_board()
            self.pages.removeWidget(self.workshop_screen)
            self.workshop_screen.deleteLater()
            self.workshop_screen = None
        self.pages.setCurrentWidget(self.start)
        self.undo_group.setActiveStack(self.overview_stack)
        ops.set_setting(self.store, "last_workshop_id", "")
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
            stack = self.stacks[workshop_id] = QUndoStack(self.undo_group)
        screen = WorkshopScreen(ViewContext(self.store, self.bus, stack), workshop_id, self.pages)
        screen.back_requested.connect(self.show_overview)
        screen.message.connect(self.show_message)
        self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        self.workshop_screen = screen
        self.undo_group.setActiveStack(stack)
        ops.set_setting(self.store, "last_workshop_id", str(workshop_id))
        self.setWindowTitle(f"{ws.title} — {APP_NAME}")
        return screen

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
            QMessageBox.critical(self, self.tr("Niet opgeslagen"), str(error))
        else:
            self.show_message(str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workshop_screen is not None:
            try:
                self.workshop_screen.remember_board()
            except StoreWriteError:
                pass
        self.bus.detach()
        super().closeEvent(event)


