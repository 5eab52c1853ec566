"""Gespreksregels: a calm card for the room, its on/off switch and its editor.

The card paints itself so the type grows with the space it gets (a projector
shows it large; the facilitator's preview stays small). The rules live in the
store (``Workshop.rules``, ``Workshop.show_rules``); every view listens to the
change bus, so the projector follows the facilitator live.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.actions import SetRules, ShowRules
from app.models import rules as ops
from app.models.events import Change, Topic
from app.models.workshop import InputError, get_workshop
from app.views.common.bus import ViewContext
from app.views.common.fit_row import FitRow

CALM = {"bg": "#fffdf8", "border": "#d9d2c3", "title": "#2f6f8f", "text": "#1d2b36",
        "badge": "#2f6f8f", "badge_text": "#ffffff", "muted": "#6b7780"}
CONTRAST = {"bg": "#ffffff", "border": "#000000", "title": "#000000", "text": "#000000",
            "badge": "#000000", "badge_text": "#ffffff", "muted": "#000000"}

TOGGLE_STYLE = ("QToolButton { padding: 6px 10px; border: 1px solid #9aa5ad; border-radius: 6px; }"
                " QToolButton:checked { background: #2f6f8f; color: white; border-color: #2f6f8f;"
                " font-weight: 600; }")


class RulesCardView(QWidget):
    """Paints a title and numbered rules, with the largest type that fits."""

    def __init__(self, parent: QWidget | None = None, *, max_px: float = 72) -> None:
        super().__init__(parent)
        self.title, self.rules, self.empty = "", [], ""
        self._fit_key: tuple[object, ...] | None = None
        self._fit_px = 12.0
        self._picture = QPixmap()
        self._picture_key: tuple[object, ...] | None = None
        self.max_px = max_px
        self.scale = 1.0
        self.colors = CALM
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 140)

    def set_content(self, title: str, rules: list[str], *, empty: str = "") -> None:
        """``empty``: a quiet line shown (unnumbered) while there are no rules."""
        self.title, self.rules, self.empty = title, list(rules), empty
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        """The card as plain text (what a screen reader, or a test, reads)."""
        lines = [f"{i}. {r}" for i, r in enumerate(self.rules, 1)] or ([self.empty] if self.empty else [])
        return "\n".join([self.title, *lines])

    def set_high_contrast(self, on: bool) -> None:
        self.colors = CONTRAST if on else CALM
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    # -- layout --------------------------------------------------------------------
    def _inner(self) -> QRectF:
        margin = max(8.0, min(self.width(), self.height()) * 0.05)
        return QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)

    def _area(self) -> QRectF:
        """Where the text goes: the card less a padding that grows with the card."""
        card = self._inner()
        pad = max(12.0, min(card.width(), card.height()) * 0.07)
        return card.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)

    def _height_at(self, px: float, width: float) -> float:
        """Total height of the content when the body text is ``px`` pixels high."""
        title_fm, body_fm = QFontMetricsF(self._font(px * 1.3, True)), QFontMetricsF(self._font(px))
        flags = int(Qt.TextFlag.TextWordWrap)
        total = title_fm.boundingRect(QRectF(0, 0, width, 1e6), flags, self.title).height()
        text_width = width - px * 1.9
        if not self.rules and self.empty:
            total += px * 0.8 + body_fm.boundingRect(QRectF(0, 0, width, 1e6), flags,
                                                     self.empty).height()
        for rule in self.rules:
            total += px * 0.8 + body_fm.boundingRect(QRectF(0, 0, text_width, 1e6), flags,
                                                     rule).height()
        return total

    def fitted_px(self) -> float:
        """The largest body size (in pixels) at which everything fits the card.

        Cached per size, content, font and scale: a repaint (the timer ticks
        next to the card on the projector) must not redo the search.
        """
        key = (self.width(), self.height(), self.title, tuple(self.rules), self.empty,
               self.scale, self.max_px, self.font().toString())
        if key != self._fit_key:
            self._fit_key, self._fit_px = key, self._search_px()
        return self._fit_px

    def _search_px(self) -> float:
        inner = self._area()
        low, high = 6.0, max(6.0, self.max_px * self.scale)
        if inner.width() <= 40 or self._height_at(high, inner.width()) <= inner.height():
            return high
        for _ in range(14):
            mid = (low + high) / 2
            if self._height_at(mid, inner.width()) <= inner.height():
                low = mid
            else:
                high = mid
        return low

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(6, round(px)))
        font.setBold(bold)
        return font

    # -- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Blit a cached picture: large glyphs are drawn as paths (slow), and the
        projector repaints often (the round timer ticks beside the card)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, id(self.colors), self.fitted_px(), self._fit_key)
        if key != self._picture_key:
            picture = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            self._draw(QPainter(picture))
            self._picture, self._picture_key = picture, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self._inner()
        c = self.colors
        painter.setPen(QPen(QColor(c["border"]), 3 if c is CONTRAST else 1.5))
        painter.setBrush(QColor(c["bg"]))
        painter.drawRoundedRect(card, 18, 18)
        px = self.fitted_px()
        area = self._area()
        y = area.top() + (area.height() - self._height_at(px, area.width())) / 2
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.setFont(self._font(px * 1.3, True))
        painter.setPen(QColor(c["title"]))
        title_rect = painter.boundingRect(QRectF(area.left(), y, area.width(), 1e6), flags, self.title)
        painter.drawText(title_rect, flags, self.title)
        y = title_rect.bottom()
        body = self._font(px)
        badge = px * 1.35
        if not self.rules and self.empty:
            painter.setFont(body)
            painter.setPen(QColor(c["muted"]))
            painter.drawText(QRectF(area.left(), y + px * 0.8, area.width(), 1e6), flags, self.empty)
        for number, rule in enumerate(self.rules, 1):
            y += px * 0.8
            painter.setFont(body)
            text_rect = painter.boundingRect(QRectF(area.left() + px * 1.9, y,
                                                    area.width() - px * 1.9, 1e6), flags, rule)
            self._badge(painter, QRectF(area.left(), y + (QFontMetricsF(body).height() - badge) / 2,
                                        badge, badge), number, px)
            painter.setFont(body)
            painter.setPen(QColor(c["text"]))
            painter.drawText(text_rect, flags, rule)
            y = text_rect.bottom()
        painter.end()

    def _badge(self, painter: QPainter, rect: QRectF, number: int, px: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colors["badge"]))
        painter.drawEllipse(rect)
        painter.setPen(QColor(self.colors["badge_text"]))
        painter.setFont(self._font(px * 0.8, True))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(number))


class RulesCard(QWidget):
    """The conversation rules of one workshop.

    ``audience=True``: only the card, for the projector. Otherwise also the
    switch "Toon gespreksregels in de zaal" and a button to edit the rules.

    Signals:
        show_rules_changed(bool): the stored "show in the room" state changed
            (also after undo), for the projector window to show or hide the card.
        message(str): a status-bar text.
    """

    show_rules_changed = Signal(bool)
    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.card = RulesCardView(self, max_px=72 if audience else 22)
        self.card.setObjectName("rulesCardAudience" if audience else "rulesCardPreview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle_action = QAction(self.tr("Toon gespreksregels in de zaal"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setProperty("shortcutGroup", self.tr("Gespreksregels"))
        self.toggle_action.toggled.connect(self._toggled)
        if not audience:
            self.toggle_button = QToolButton(self)
            self.toggle_button.setDefaultAction(self.toggle_action)
            self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.toggle_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.toggle_button.setStyleSheet(TOGGLE_STYLE)
            self.state_label = QLabel(self)
            self.state_label.setStyleSheet("color: palette(placeholder-text);")
            self.state_label.setWordWrap(True)
            edit = QPushButton(self.tr("Regels aanpassen…"), self)
            edit.clicked.connect(self.edit_rules)
            # side by side where there is room; stacked in a laptop's narrow side panel
            self.top_row = FitRow(self)
            self.top_row.add(self.toggle_button, 1)
            self.top_row.add(edit)
            layout.addWidget(self.top_row)
            layout.addWidget(self.state_label)
        layout.addWidget(self.card, 1)
        self._shown: bool | None = None
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        ws = get_workshop(self.ctx.store, self.workshop_id)
        if ws is None:
            return
        self.card.set_content(ops.default_title(ws.language), ops.get_rules(self.ctx.store, ws.id))
        shown = bool(ws.show_rules)
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(shown)
        self.toggle_action.blockSignals(False)
        if not self.audience:
            self.state_label.setText(self.tr("Nu zichtbaar in de zaal.") if shown
                                     else self.tr("Nu verborgen voor de zaal."))
        if shown != self._shown:
            first = self._shown is None
            self._shown = shown
            if not first:
                self.show_rules_changed.emit(shown)

    def is_shown(self) -> bool:
        return bool(self._shown)

    def text(self) -> str:
        return self.card.text()

    def set_high_contrast(self, on: bool) -> None:
        self.card.set_high_contrast(on)

    def set_text_scale(self, scale: float) -> None:
        self.card.set_text_scale(scale)

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.WORKSHOP and change.workshop_id == self.workshop_id:
            self.refresh()

    def _toggled(self, on: bool) -> None:
        self.ctx.push(ShowRules(self.ctx.store, self.workshop_id, on))
        self.refresh()  # a refused edit puts the switch back
        if self.is_shown() == on:
            self.message.emit(self.tr("De gespreksregels staan in de zaal.") if on
                              else self.tr("De gespreksregels zijn verborgen voor de zaal."))

    def toggle(self) -> None:
        self.toggle_action.toggle()

    def edit_rules(self) -> None:
        RulesDialog(self.ctx, self.workshop_id, self).exec()


class RulesEditor(QWidget):
    """Edit, add, reorder and remove the workshop's rules, or restore the defaults.

    Every change replaces the whole list in one undoable step.
    """

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.list = QListWidget(self)
        self.list.setObjectName("rulesList")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.list.itemChanged.connect(self._item_edited)
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(self.tr("Nieuwe regel, Enter om toe te voegen"))
        self.new_edit.returnPressed.connect(self.add_from_field)
        self.origin = QLabel(self)
        self.origin.setStyleSheet("color: palette(placeholder-text);")
        self.reset_button = QPushButton(self.tr("Standaardregels herstellen"), self)
        self.reset_button.clicked.connect(self.restore_defaults)
        self.feedback = QLabel(self)
        self.feedback.setStyleSheet("color: #a33a1f;")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        for text, key, slot in ((self.tr("Regel omhoog"), "Alt+Up", lambda: self.nudge(-1)),
                                (self.tr("Regel omlaag"), "Alt+Down", lambda: self.nudge(1)),
                                (self.tr("Regel verwijderen"), "Del", self.delete_current)):
            action = QAction(text, self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setProperty("shortcutGroup", self.tr("Gespreksregels"))
            action.triggered.connect(slot)
            self.list.addAction(action)
        bottom = QHBoxLayout()
        bottom.addWidget(self.origin, 1)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        help_label = QLabel(self.tr("Dubbelklik of F2 om een regel aan te passen; Alt+↑/↓ "
                                    "verplaatst, Del verwijdert."), self)
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(help_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_edit)
        layout.addWidget(self.feedback)
        layout.addLayout(bottom)
        ctx.bus.changed.connect(self._on_change)
        self.reload()

    def rules(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def reload(self) -> None:
        if self.list.state() == QAbstractItemView.State.EditingState:
            # Called from inside the editor's commit: rebuild once the editor has closed.
            QTimer.singleShot(0, self.reload)
            return
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for rule in ops.get_rules(self.ctx.store, self.workshop_id):
            item = QListWidgetItem(rule, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)
        default = ops.uses_defaults(self.ctx.store, self.workshop_id)
        self.origin.setText(self.tr("Standaardregels") if default
                            else self.tr("Aangepast voor deze bijeenkomst"))
        self.reset_button.setEnabled(not default)

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.WORKSHOP and change.workshop_id == self.workshop_id:
            self.reload()

    def _push(self, rules: list[str] | None, text: str = "") -> bool:
        try:
            if rules is not None:
                ops.clean_rules(rules)
        except InputError as exc:
            self.feedback.setText(str(exc))
            self.feedback.show()
            self.reload()
            return False
        self.feedback.hide()
        ok = self.ctx.push(SetRules(self.ctx.store, self.workshop_id, rules, text))
        self.reload()
        return ok

    def _item_edited(self, _item: QListWidgetItem) -> None:
        self._push(self.rules())

    def add_from_field(self) -> None:
        text = self.new_edit.text()
        if not text.strip():
            return
        if self._push([*self.rules(), text], self.tr("Gespreksregel toevoegen")):
            self.new_edit.setText("")  # Ctrl+Z now undoes the rule
            self.list.setCurrentRow(self.list.count() - 1)

    def delete_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            rules = self.rules()
            del rules[row]
            self._push(rules, self.tr("Gespreksregel verwijderen"))

    def nudge(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        rules = self.rules()
        if row < 0 or not 0 <= target < len(rules):
            return
        rules.insert(target, rules.pop(row))
        if self._push(rules, self.tr("Gespreksregel verplaatsen")):
            self.list.setCurrentRow(target)

    def restore_defaults(self) -> None:
        self._push(None)


class RulesDialog(QDialog):
    """The editor in a dialog, next to a live preview of the card."""

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gespreksregels aanpassen"))
        self.editor = RulesEditor(ctx, workshop_id, self)
        preview = RulesCard(ctx, workshop_id, audience=True, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.editor, 1)
        body.addWidget(preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter adds a rule; it must not close the dialog
        self.resize(960, 480)
