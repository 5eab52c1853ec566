"""What the room sees: the audience view, the second-screen window and the projection state.

One model, two views: the audience boards are built with ``audience=True`` on the
same store and change bus as the facilitator's boards, so an edit in one appears
at once in the other. Facilitator-only content (private notes, the hidden
attention column, editing chrome) is never built into these widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.models import workshop as ops
from app.models.events import Change, Topic
from app.models.store import Store
from app.views.common.boards import BOARD_KINDS, make_board
from app.views.common.bus import ViewContext
from app.views.common.theme import PAGE_LABEL_STYLE, apply_room_look, clamp_scale
from app.views.common.writes import save_setting
from app.views.room.header import RoomHeader, header_height

ROOM_MARGINS = (24, 16, 24, 16)  # left, top, right, bottom of the audience window


class Projection(QObject):
    """The state of the projection, shared by the audience window and presentation mode.

    Signals:
        changed(): board, prompts, theme or text size changed.
        page_changed(): the facilitator turned the page of a board too long for one screen,
            or the number of pages changed.
    """

    changed = Signal()
    page_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id: int | None = None
        self.board: str | None = None
        self.prompts: list[str] = []
        self.page, self.page_count = 0, 1
        self.high_contrast = ops.get_setting(store, "projector_high_contrast") == "1"
        try:
            self.scale = clamp_scale(float(ops.get_setting(store, "projector_scale") or 1.0))
        except ValueError:
            self.scale = 1.0

    def set_workshop(self, workshop_id: int | None, board: str | None = None) -> None:
        self.workshop_id, self.board, self.prompts = workshop_id, board, []
        self.page = 0
        self.changed.emit()

    def set_board(self, board: str | None) -> None:
        if board != self.board:
            self.board, self.page = board, 0
            self.changed.emit()
            self.page_changed.emit()

    def turn_page(self, step: int) -> bool:
        """Page Down (+1) / Page Up (-1) on the room's board; False at the first/last page."""
        page = max(0, min(self.page_count - 1, self.page + step))
        if page == self.page:
            return False
        self.page = page
        self.page_changed.emit()
        return True

    def report_pages(self, count: int) -> None:
        """The room's view says how many pages the board has now (at its size)."""
        count = max(1, count)
        if count == self.page_count:
            return
        self.page_count = count
        self.page = min(self.page, count - 1)
        self.page_changed.emit()

    def show_prompts(self, prompts: list[str]) -> None:
        self.prompts = [p for p in prompts if p.strip()]
        self.changed.emit()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        save_setting(self.store, "projector_high_contrast", "1" if on else "0")
        self.changed.emit()

    def change_scale(self, step: float) -> None:
        self.scale = clamp_scale(self.scale + step)
        save_setting(self.store, "projector_scale", str(self.scale))
        self.changed.emit()


class AudienceView(QWidget):
    """The room's view of the open workshop: round title, timer, board, prompts, rules."""

    def __init__(self, ctx: ViewContext, projection: Projection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.projection = ctx, projection
        self.setObjectName("audienceView")
        self._workshop_id: int | None = None
        self._boards: dict[str, QWidget] = {}
        self.header: RoomHeader | None = None
        self.header_slot = QVBoxLayout()
        self.header_slot.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.idle = QLabel(self.tr("Leidraad"), self.stack)
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.idle)
        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("audiencePrompts")
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rules_holder = QWidget(self)
        QVBoxLayout(self.rules_holder).setContentsMargins(0, 0, 0, 0)
        self.rules_holder.hide()
        self._rules: QWidget | None = None
        self._turn: QWidget | None = None  # the appreciative-turn card (traject_cards)
        self._timer: QWidget | None = None
        self.page_label = QLabel(self)
        self.page_label.setObjectName("audiencePage")
        self.page_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header_slot)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.rules_holder, 1)
        layout.addWidget(self.prompt_label)
        projection.changed.connect(self.refresh)
        projection.page_changed.connect(self._show_page)
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    # -- building --------------------------------------------------------------
    def _reset_workshop(self, workshop_id: int | None) -> None:
        for board in self._boards.values():
            self.stack.removeWidget(board)
            board.deleteLater()
        self._boards.clear()
        for attr in ("_rules", "_timer", "_turn", "header"):
            widget = getattr(self, attr)
            if widget is not None:
                widget.deleteLater()
                setattr(self, attr, None)
        self._workshop_id = workshop_id
        if workshop_id is None:
            return
        from app.views.session.rules_card import RulesCard
        from app.views.session.timer_panel import TimerPanel

        self._timer = TimerPanel(self.ctx, workshop_id, audience=True, parent=self)
        self.header = RoomHeader(self._timer, self)
        self.header.setFixedHeight(header_height(self._room_height(), self.projection.scale))
        self.header_slot.addWidget(self.header)
        self._rules = RulesCard(self.ctx, workshop_id, audience=True, parent=self.rules_holder)
        self.rules_holder.layout().addWidget(self._rules)
        from app.views.session.traject_cards import TurnCard

        self._turn = TurnCard(self.ctx, workshop_id, audience=True, parent=self.rules_holder)
        self.rules_holder.layout().addWidget(self._turn)

    def board_widget(self, kind: str) -> QWidget | None:
        return self._boards.get(kind)

    def refresh(self) -> None:
        p = self.projection
        if p.workshop_id != self._workshop_id:
            self._reset_workshop(p.workshop_id)
        kind = p.board if p.board in BOARD_KINDS else None
        if self._workshop_id is None or kind is None:
            self.stack.setCurrentWidget(self.idle)
        else:
            if kind not in self._boards:
                board = self._boards[kind] = make_board(kind, self.ctx, self._workshop_id,
                                                        audience=True, parent=self.stack)
                self.stack.addWidget(board)
                pages = getattr(board, "pages_changed", None)
                if pages is not None:
                    pages.connect(self._pages_changed)
            self.stack.setCurrentWidget(self._boards[kind])
        self.prompt_label.setText("\n".join(p.prompts))
        self.prompt_label.setVisible(bool(p.prompts))
        self._refresh_round_and_rules()
        apply_room_look(self, high_contrast=p.high_contrast, scale=p.scale)
        if self.header is not None:
            self.header.setFixedHeight(header_height(self._room_height(), p.scale))
            self.header.relayout()
        prompt_font = self.prompt_label.font()
        prompt_font.setPixelSize(max(14, int(self._room_height() * 0.032 * p.scale)))
        self.prompt_label.setFont(prompt_font)
        self._pages_changed()

    def _refresh_round_and_rules(self) -> None:
        """The workshop's title in the header (the timer names the round), rules on request."""
        ws = ops.get_workshop(self.ctx.store, self._workshop_id) if self._workshop_id else None
        if self.header is not None:
            self.header.set_title(ws.title if ws else "")
        from app.models.traject import turn_shown

        turn = turn_shown(ws)
        show_rules = bool(ws and ws.show_rules) and not turn  # the turn card wins while it is up
        if self._rules is not None and self._turn is not None:
            self._rules.setVisible(show_rules)
            self._turn.setVisible(turn)
        self.rules_holder.setVisible(show_rules or turn)
        self.stack.setVisible(not (show_rules or turn))

    def _on_change(self, change: Change) -> None:
        if change.workshop_id == self._workshop_id and change.topic is Topic.WORKSHOP:
            self._refresh_round_and_rules()

    @property
    def round_title(self) -> QLabel | None:
        """The workshop's title in the header."""
        return self.header.title if self.header is not None else None

    def _room_height(self) -> int:
        """The height of the screen the room looks at (the window this view fills)."""
        return max(self.window().height(), self.height(), 1)

    # -- pages ---------------------------------------------------------------------
    def current_board(self) -> QWidget | None:
        widget = self.stack.currentWidget()
        return widget if widget is not self.idle and self.stack.isVisibleTo(self) else None

    def page_count(self) -> int:
        board = self.current_board()
        count = getattr(board, "page_count", None)
        return int(count()) if callable(count) else 1

    def _pages_changed(self, *_args: object) -> None:
        count = self.page_count()
        self.projection.report_pages(count)
        self._show_page()

    def _show_page(self) -> None:
        """Show the projection's page of the board, and "2/3" when there is more than one."""
        board = self.current_board()
        count = self.page_count()
        page = min(self.projection.page, count - 1)
        set_page = getattr(board, "set_page", None)
        if callable(set_page):
            set_page(page)
        self.page_label.setText(f"{page + 1}/{count}")
        self.page_label.setVisible(count > 1)
        self._place_page_label()

    def _place_page_label(self) -> None:
        if not self.page_label.isVisibleTo(self):
            return
        font = self.page_label.font()
        font.setPixelSize(max(14, int(self._room_height() * 0.03)))
        font.setBold(True)
        self.page_label.setFont(font)
        self.page_label.setStyleSheet(PAGE_LABEL_STYLE)
        self.page_label.adjustSize()
        area = self.stack.geometry()
        self.page_label.move(area.right() - self.page_label.width() - 8,
                             area.bottom() - self.page_label.height() - 8)
        self.page_label.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The board gets the room: the header takes a fixed share of its height (<= 20 %)."""
        if self.header is not None:
            self.header.setFixedHeight(header_height(self._room_height(), self.projection.scale))
        super().resizeEvent(event)
        self._place_page_label()


class AudienceWindow(QWidget):
    """A top-level window for the projector: fullscreen on the second screen when there is one.

    Signals:
        closed(): the window closed (by the facilitator, or because its screen went away).
        moved(str): it moved to another screen (name).
    """

    closed = Signal()
    moved = Signal(str)

    def __init__(self, ctx: ViewContext, projection: Projection, facilitator_window: QWidget) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Leidraad – publiek"))
        self.facilitator_window = facilitator_window
        self.view = AudienceView(ctx, projection, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*ROOM_MARGINS)
        layout.addWidget(self.view)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._screen_removed)
        app.screenAdded.connect(self._screen_added)

    def target_screen(self, leaving: QScreen | None = None) -> QScreen | None:
        """A screen other than the facilitator's (and other than ``leaving``), if any."""
        own = self.facilitator_window.screen()
        others = [s for s in QGuiApplication.screens() if s is not own and s is not leaving]
        return others[0] if others else None

    def place(self, leaving: QScreen | None = None) -> None:
        target = self.target_screen(leaving)
        if target is None:
            self.showNormal()
            self.resize(1024, 640)
            self.show()
            return
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        self.moved.emit(target.name())

    def _screen_removed(self, screen: QScreen) -> None:
        """The projector cable was pulled: move to another external screen, or close.

        Nothing is lost either way: everything shown here lives in the store.
        """
        if screen is not self.screen():
            return
        if self.target_screen(leaving=screen) is not None:
            self.place(leaving=screen)
        else:
            self.close()

    def _screen_added(self, _screen: QScreen) -> None:
        if self.isVisible() and not self.isFullScreen() and self.target_screen() is not None:
            self.place()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for signal, slot in ((app.screenRemoved, self._screen_removed),
                                 (app.screenAdded, self._screen_added)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        super().closeEvent(event)
        self.closed.emit()
