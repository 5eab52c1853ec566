"""Widgets of the circle-of-influence board: the inline note editor and the live tally."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QSignalBlocker,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import circle as model
from app.views.common.labels import ring_label
from app.views.common.name_edit import PopupNameEdit

# Keys the board handles itself (keyPressEvent and the inline editor), for the F1 overlay.
KEY_HELP: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP("CircleBoard", "Post-it opslaan (en in de strook het volgende openen)")),
    ("Shift+Enter", QT_TRANSLATE_NOOP("CircleBoard", "Nieuwe regel in een post-it")),
    ("Tab", QT_TRANSLATE_NOOP("CircleBoard", "Van de steekwoorden naar de deelnemer")),
    ("Enter / Tab", QT_TRANSLATE_NOOP("CircleBoard", "In de namenlijst: de gekozen naam overnemen")),
    ("Esc", QT_TRANSLATE_NOOP("CircleBoard", "Bewerken annuleren / selectie opheffen")),
    ("F2", QT_TRANSLATE_NOOP("CircleBoard", "Gekozen post-it bewerken (of dubbelklik)")),
    ("Del", QT_TRANSLATE_NOOP("CircleBoard", "Gekozen post-its verwijderen")),
    ("←↑→↓", QT_TRANSLATE_NOOP("CircleBoard", "Gekozen post-its verschuiven (Shift: grotere stap)")),
    ("Ctrl+A", QT_TRANSLATE_NOOP("CircleBoard", "Alle post-its kiezen")),
    ("Ctrl+scrollwiel", QT_TRANSLATE_NOOP("CircleBoard", "In- en uitzoomen")),
)


def key_help() -> list[tuple[str, str]]:
    """KEY_HELP in the interface language."""
    return [(key, QCoreApplication.translate("CircleBoard", text)) for key, text in KEY_HELP]


def swatch_icon(color: str) -> QIcon:
    """A small square of ``color`` with a grey edge, for colour buttons and menus."""
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#777"))
    painter.drawRect(0, 0, 21, 21)
    painter.end()
    return QIcon(pixmap)


class ParticipantEdit(PopupNameEdit):
    """The note editor's participant field: a name with a pop-up of matching participants.

    When the pop-up opens its first row is highlighted. Enter on a typed fragment
    completes it to the highlighted name and only closes the pop-up (the next Enter
    saves the note); when the field already shows that name (typed in full, or walked
    to with the arrow keys) Enter saves at once. Tab takes the name and moves on.
    Esc closes the pop-up and keeps the typed text.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter with the pop-up open takes the name; the completer sends its keys here first."""
        typed = self.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.take_highlighted() \
                and self.text().casefold() != typed.casefold():
            event.accept()  # no returnPressed: the note is saved by the next Enter
            return  # (a name typed in full is saved by this Enter, as without the pop-up)
        super().keyPressEvent(event)
        if self.popup_open() and not self.completer().popup().currentIndex().isValid() \
                and event.text():
            self._highlight_first()

    def _highlight_first(self) -> None:
        completer = self.completer()
        first = completer.completionModel().index(0, 0)
        if first.isValid():
            # Silently: a highlighted row would otherwise replace the text being typed.
            with QSignalBlocker(completer):
                completer.popup().setCurrentIndex(first)


class NoteEditor(QFrame):
    """The one real text editor on the board, laid over the note being written.

    Enter saves (and, in fast entry, opens the next note), Shift+Enter starts a
    new line, Tab goes to the participant field, Esc cancels. With the participant
    pop-up open, Enter and Tab take the highlighted name and Esc closes the pop-up.

    Signals:
        commit_requested(): the facilitator pressed Enter.
        cancel_requested(): the facilitator pressed Esc.
    """

    commit_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.note_id: int | None = None
        self.anchor = QPointF()
        self.chain = False
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Steekwoorden van het verhaal"))
        self.who = ParticipantEdit(self)
        self.who.setPlaceholderText(self.tr("Deelnemer: typ een naam (leeg = zonder naam)"))
        self.who.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setWrapAround(False)  # Down on the only match keeps it highlighted
        self.who.setCompleter(completer)
        self.swatches = QButtonGroup(self)
        swatch_row = QHBoxLayout()
        swatch_row.setSpacing(4)
        for index, color in enumerate(model.NOTE_COLORS):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setFixedSize(26, 26)
            button.setStyleSheet(f"QToolButton {{ background: {color}; border: 1px solid #888; "
                                 "border-radius: 4px; } QToolButton:checked { border: 3px solid #1565c0; }")
            button.setToolTip(color_name(color))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.swatches.addButton(button, index)
            swatch_row.addWidget(button)
        swatch_row.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("noteEditorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error.hide()
        hint = QLabel(self.tr("Enter: opslaan · Shift+Enter: nieuwe regel · Tab: deelnemer · "
                              "Esc: annuleren"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555; font-size: 9pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(5)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.who)
        layout.addLayout(swatch_row)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        self.text_edit.installEventFilter(self)
        self.who.installEventFilter(self)
        self.who.returnPressed.connect(self.commit_requested)
        self.hide()

    def open(self, *, note_id: int | None, text: str, who: str, color: str, anchor: QPointF,
             chain: bool, names: list[str]) -> None:
        self.note_id, self.anchor, self.chain = note_id, anchor, chain
        self.names.setStringList(names)
        self.text_edit.setPlainText(text)
        self.text_edit.selectAll()
        self.who.setText(who)
        self.set_color(color)
        self.show_error("")
        self.show()
        self.raise_()
        self.text_edit.setFocus()

    def set_color(self, color: str) -> None:
        index = model.NOTE_COLORS.index(color) if color in model.NOTE_COLORS else 0
        self.swatches.button(index).setChecked(True)
        self.setStyleSheet(f"#noteEditor {{ background: {color}; border: 3px solid #1565c0; "
                           "border-radius: 8px; }")

    def color(self) -> str:
        return model.NOTE_COLORS[max(0, self.swatches.checkedId())]

    def values(self) -> tuple[str, str, str]:
        return self.text_edit.toPlainText(), self.who.text().strip(), self.color()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_text_size(self, px: int) -> None:
        font = self.text_edit.font()
        font.setPixelSize(px)
        self.text_edit.setFont(font)
        small = self.who.font()
        small.setPixelSize(max(14, int(px * 0.8)))
        self.who.setFont(small)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is self.text_edit:
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.text_edit.insertPlainText("\n")
                else:
                    self.commit_requested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                popup = self.who.completer().popup()
                if watched is self.who and popup.isVisible():
                    return False
                self.cancel_requested.emit()
                return True
        return super().eventFilter(watched, event)


def color_name(color: str) -> str:
    names = {"#fff59d": QCoreApplication.translate("CircleBoard", "Geel"),
             "#ffcc80": QCoreApplication.translate("CircleBoard", "Oranje"),
             "#f8bbd0": QCoreApplication.translate("CircleBoard", "Roze"),
             "#c5e1a5": QCoreApplication.translate("CircleBoard", "Groen"),
             "#b3e5fc": QCoreApplication.translate("CircleBoard", "Blauw"),
             "#d1c4e9": QCoreApplication.translate("CircleBoard", "Paars")}
    return names.get(color, color)


class TallyBar(QWidget):
    """A thin bar: one ring's share of the notes, amber when it holds the most."""

    def __init__(self, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction, self.most = 0.0, False
        self.setFixedHeight(height)

    def set_value(self, fraction: float, most: bool) -> None:
        if (fraction, most) != (self.fraction, self.most):
            self.fraction, self.most = fraction, most
            self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(QColor("#e9e9e3"))
        painter.drawRoundedRect(self.rect(), radius, radius)
        if self.fraction > 0:
            painter.setBrush(QColor("#e29a1f") if self.most else QColor("#7d9fc2"))
            width = max(self.height(), round(self.width() * self.fraction))
            painter.drawRoundedRect(0, 0, width, self.height(), radius, radius)
        painter.end()


TALLY_COMFORT_PX = 760  # the height at which the tally's type is shown at full size
TALLY_COMFORT_W = 440  # and the width


class TallyPanel(QFrame):
    """Post-its per ring plus "Niet geplaatst"; the ring(s) with the most are highlighted."""

    def __init__(self, *, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("circleTally")
        size = self._base_px = 28 if large else 16
        self._scale, self._contrast, self._fit = 1.0, False, 1.0
        self._restyle()
        self.title = QLabel(self.tr("Post-its per ring"), self)
        self.title.setObjectName("circleTallyTitle")
        rows = QVBoxLayout()
        rows.setSpacing(max(4, size // 3))
        self.names: dict[str | None, QLabel] = {}
        self.counts: dict[str | None, QLabel] = {}
        self.bars: dict[str, TallyBar] = {}
        for ring in (*model.RINGS, None):
            name, count = QLabel(ring_label(ring), self), QLabel("0", self)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name.setWordWrap(True)
            line = QHBoxLayout()
            line.addWidget(name, 1)
            line.addWidget(count)
            block = QVBoxLayout()
            block.setSpacing(1)
            block.addLayout(line)
            if ring is None:
                rows.addSpacing(size // 2)
                for label in (name, count):
                    label.setStyleSheet("color: #555;")
            else:
                self.bars[ring] = TallyBar(max(6, size // 3), self)
                block.addWidget(self.bars[ring])
            rows.addLayout(block)
            self.names[ring], self.counts[ring] = name, count
        self.summary = QLabel(self)
        self.summary.setObjectName("circleTallySummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addSpacing(size // 2)
        layout.addLayout(rows)
        layout.addSpacing(size)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.result = model.tally([])
        self.show_tally(self.result)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a low projector (1280x720, 1024x768) the rows must still fit: type follows height."""
        super().resizeEvent(event)
        fit = max(0.55, min(1.0, self.height() / TALLY_COMFORT_PX,
                            (self.width() + 40) / TALLY_COMFORT_W))
        if abs(fit - self._fit) > 0.04:
            self._fit = fit
            self._restyle()

    def _restyle(self) -> None:
        size = round(self._base_px * self._scale * self._fit)
        background, ink = ("#ffffff", "color: #000000;") if self._contrast else ("#fbfbf8", "")
        self.setStyleSheet(
            f"#circleTally {{ background: {background}; border-left: 1px solid #d8d8d0; }}"
            f"#circleTally QLabel {{ font-size: {size}px; padding: 2px 6px; {ink} }}"
            "#circleTally QLabel[most=\"true\"] { background: #ffe6b3; color: #6b3f00; "
            "font-weight: 700; border-radius: 6px; }"
            f"#circleTallyTitle {{ font-size: {int(size * 1.15)}px; font-weight: 700; }}"
            f"#circleTallySummary {{ font-size: {int(size * 1.1)}px; font-weight: 700; "
            "color: #6b3f00; }")

    def set_text_scale(self, scale: float) -> None:
        """The room's text-size control (Beeld > Tekst in de zaal groter/kleiner)."""
        if scale != self._scale:
            self._scale = scale
            self._restyle()

    def set_high_contrast(self, on: bool) -> None:
        if on != self._contrast:
            self._contrast = on
            self._restyle()

    def show_tally(self, result: model.Tally) -> None:
        self.result = result
        for ring, label in self.counts.items():
            label.setText(str(result.counts.get(ring, 0)))
            winner = ring in result.most
            # a star as well as the warm colour: the winner must read without colour
            self.names[ring].setText(f"★ {ring_label(ring)}" if winner else ring_label(ring))
            for widget in (label, self.names[ring]):
                if widget.property("most") != winner:
                    widget.setProperty("most", winner)
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
        for ring, bar in self.bars.items():
            bar.set_value(result.counts.get(ring, 0) / max(1, result.top), ring in result.most)
        self.summary.setText(self.summary_text(result))
        sheet = "" if result.most else "color: #777; font-weight: 400;"
        if self.summary.styleSheet() != sheet:  # restyling costs more than the whole count
            self.summary.setStyleSheet(sheet)

    def summary_text(self, result: model.Tally) -> str:
        if not result.most:
            return self.tr("Er staat nog geen post-it in de cirkel.")
        names = [ring_label(ring) for ring in result.most]
        joined = names[0] if len(names) == 1 else \
            self.tr("{first} en {last}").format(first=", ".join(names[:-1]), last=names[-1])
        return self.tr("Meeste post-its: {rings} ({n})").format(rings=joined, n=result.top)

    def highlighted(self) -> list[str | None]:
        return [ring for ring, label in self.counts.items() if label.property("most")]
