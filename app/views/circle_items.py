"""Scene items of the circle-of-influence board: the rings, the parking strip, the notes.

Board coordinates (FORMAT.md: centre (0, 0), outer radius 1.0) map to scene
units by :data:`SCALE`; the view only ever scales the scene, so a window of
any size shows the same board and no stored position changes.

Notes are one custom-painted item each with a device-coordinate cache: a
board of thousands of notes builds and drags fast, and only the note being
edited gets a real text editor (:class:`NoteEditor`).
"""
from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFrame,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import circle as model
from app.views.labels import ring_label

SCALE = 500.0  # scene units per board unit: the outer circle has radius 500
NOTE_W, NOTE_H = model.NOTE_WIDTH * SCALE, model.NOTE_HEIGHT * SCALE
TEXT_PX, NAME_PX, RING_LABEL_PX, STRIP_LABEL_PX = 27, 20, 30, 28
# A long word first shrinks the text a little, then tightens its letters, before it is broken.
TEXT_VARIANTS = ((TEXT_PX, 100.0), (26, 100.0), (26, 94.0), (26, 88.0))
MAX_LINES = 3
SIMPLE_BELOW = 0.45  # level of detail under which notes are painted as plain blocks
BOARD_RECT = QRectF(model.BOARD_LEFT * SCALE, model.BOARD_TOP * SCALE,
                    (model.BOARD_RIGHT - model.BOARD_LEFT) * SCALE,
                    (model.BOARD_BOTTOM - model.BOARD_TOP) * SCALE)

# Ring fills inside out: distinct steps of one calm hue survive a washed-out projector.
RING_FILLS = ("#c9ddf0", "#d7e6f4", "#e3eef8", "#edf4fa", "#f6f9fd")
RING_LINE = QColor("#5f86ad")
MOST_FILL = QColor("#ffe6b3")
MOST_LINE = QColor("#c77c02")
HOVER_FILL = QColor("#fff3c4")
SELECT_LINE = QColor("#1565c0")


def to_scene(x: float, y: float) -> QPointF:
    return QPointF(x * SCALE, y * SCALE)


def to_board(point: QPointF) -> tuple[float, float]:
    return point.x() / SCALE, point.y() / SCALE


def ui_font(px: int, weight: QFont.Weight = QFont.Weight.Normal, spacing: float = 100.0) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setWeight(weight)
    if spacing != 100.0:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
    return font


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool, bool]:
    """Word-wrap ``text`` to at most ``max_lines`` lines; the last one is elided.

    Returns the lines, whether text was cut, and whether a word had to be
    broken. Only the head of a very long text is laid out: a post-it shows a
    few words.
    """
    head = text[:400].replace("\n", "\u2028")
    layout = QTextLayout(head, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(starts) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    broken = any(not head[s - 1].isspace() and not head[s].isspace()
                 for s, _ in starts[1:max_lines] if 0 < s < len(head))
    lines = [head[s:s + n].replace("\u2028", " ").strip() for s, n in starts[:max_lines]]
    elided = len(starts) > max_lines or len(text) > len(head)
    if elided and lines:
        rest = head[starts[max_lines - 1][0]:].replace("\u2028", " ")
        lines[-1] = QFontMetricsF(font).elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
    return lines, elided, broken


class NoteItem(QGraphicsItem):
    """One post-it: keywords (up to three lines), the participant's name below, a colour.

    Its position is the note's centre; the whole rounded rectangle is the hit target.
    """

    TEXT_FONTS: tuple[QFont, ...] = ()
    NAME_FONT: QFont | None = None

    def __init__(self, note_id: int, *, interactive: bool = True) -> None:
        super().__init__()
        self.note_id = note_id
        self.text, self.name, self.color = "", "", QColor(model.DEFAULT_NOTE_COLOR)
        self._lines: list[str] | None = None
        self._name_line = ""
        if interactive:
            self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                          | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                          | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if not NoteItem.TEXT_FONTS:
            NoteItem.TEXT_FONTS = tuple(ui_font(px, QFont.Weight.Medium, spacing)
                                        for px, spacing in TEXT_VARIANTS)
            NoteItem.NAME_FONT = ui_font(NAME_PX)
        self._font = NoteItem.TEXT_FONTS[0]

    # -- content ---------------------------------------------------------------
    def set_content(self, text: str, name: str, color: str) -> None:
        if (text, name, QColor(color)) == (self.text, self.name, self.color):
            return
        self.text, self.name, self.color = text, name, QColor(color)
        self._lines = None
        self.update()

    def lines(self) -> list[str]:
        """The wrapped keyword lines, laid out on first paint and then kept."""
        if self._lines is None:
            assert NoteItem.NAME_FONT is not None
            max_lines = MAX_LINES if self.name else MAX_LINES + 1
            for font in NoteItem.TEXT_FONTS:
                self._lines, elided, broken = wrap_lines(self.text, font, NOTE_W - 20, max_lines)
                self._font = font
                if not broken:
                    break
            self._name_line = QFontMetricsF(NoteItem.NAME_FONT).elidedText(
                self.name, Qt.TextElideMode.ElideRight, NOTE_W - 20)
            self.setToolTip(self.text[:600] if elided else "")
        return self._lines

    def text_font(self) -> QFont:
        self.lines()
        return self._font

    def board_pos(self) -> tuple[float, float]:
        return to_board(self.pos())

    # -- geometry --------------------------------------------------------------
    def body(self) -> QRectF:
        return QRectF(-NOTE_W / 2, -NOTE_H / 2, NOTE_W, NOTE_H)

    def boundingRect(self) -> QRectF:
        return self.body().adjusted(-6, -6, 9, 9)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.body(), 10, 10)
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        """Keep a dragged note on the board: its centre never leaves the board area."""
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(value, QPointF):
            return QPointF(min(max(value.x(), BOARD_RECT.left()), BOARD_RECT.right()),
                           min(max(value.y(), BOARD_RECT.top()), BOARD_RECT.bottom()))
        return super().itemChange(change, value)

    # -- painting --------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        body = self.body()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < SIMPLE_BELOW:
            painter.fillRect(body, self.color)
            if selected:
                painter.setPen(QPen(SELECT_LINE, 8))
                painter.drawRect(body)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRoundedRect(body.translated(4, 5), 10, 10)
        painter.setBrush(self.color)
        painter.setPen(QPen(SELECT_LINE, 6) if selected else QPen(self.color.darker(135), 1.5))
        painter.drawRoundedRect(body, 10, 10)
        self._paint_text(painter, body)

    def _paint_text(self, painter: QPainter, body: QRectF) -> None:
        lines = self.lines()
        assert NoteItem.NAME_FONT is not None
        line_h = QFontMetricsF(self._font).lineSpacing()
        name_h = QFontMetricsF(NoteItem.NAME_FONT).lineSpacing() if self.name else 0.0
        area = body.adjusted(10, 8, -10, -8 - name_h)
        top = area.top() + max(0.0, (area.height() - line_h * len(lines)) / 2)
        painter.setFont(self._font)
        painter.setPen(QColor("#1d1d1d"))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        for i, line in enumerate(lines):
            painter.drawText(QRectF(area.left(), top + i * line_h, area.width(), line_h), flags, line)
        if self.name:
            painter.setFont(NoteItem.NAME_FONT)
            painter.setPen(QColor("#4a4a4a"))
            painter.drawText(QRectF(area.left(), body.bottom() - 6 - name_h, area.width(), name_h),
                             flags, self._name_line)


class RingsItem(QGraphicsItem):
    """The five concentric rings with large labels.

    ``most`` rings (the tally's winners) get a warm fill and label; ``hover``
    is the ring under a note being dragged, so the facilitator sees where it lands.
    """

    def __init__(self) -> None:
        super().__init__()
        self.most: tuple[str, ...] = ()
        self.hover: str | None = None
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.label_font = ui_font(RING_LABEL_PX, QFont.Weight.DemiBold)

    def boundingRect(self) -> QRectF:
        return QRectF(-SCALE - 4, -SCALE - 4, 2 * SCALE + 8, 2 * SCALE + 8)

    def set_state(self, *, most: tuple[str, ...] | None = None, hover: str | None | bool = False) -> None:
        changed = False
        if most is not None and most != self.most:
            self.most, changed = most, True
        if hover is not False and hover != self.hover:
            self.hover, changed = hover, True  # type: ignore[assignment]
        if changed:
            self.update()

    def label_rect(self, ring: str) -> QRectF:
        """Where a ring's label sits (top of the ring; the centre for Zelf), in scene units."""
        index = model.RINGS.index(ring)
        metrics = QFontMetricsF(self.label_font)
        width = metrics.horizontalAdvance(ring_label(ring)) + 28
        height = metrics.height() + 6
        cy = 0.0 if index == 0 else -(index + 0.5) * model.RING_WIDTH * SCALE
        return QRectF(-width / 2, cy - height / 2, width, height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in reversed(range(len(model.RINGS))):
            ring = model.RINGS[index]
            radius = (index + 1) * model.RING_WIDTH * SCALE
            fill = QColor(RING_FILLS[index])
            if ring == self.hover:
                fill = HOVER_FILL
            elif ring in self.most:
                fill = MOST_FILL
            painter.setBrush(fill)
            painter.setPen(QPen(RING_LINE, 4 if index == len(model.RINGS) - 1 else 2.5))
            painter.drawEllipse(QPointF(0, 0), radius, radius)
        painter.setFont(self.label_font)
        for ring in model.RINGS:
            rect = self.label_rect(ring)
            winner = ring in self.most
            painter.setPen(QPen(MOST_LINE, 2.5) if winner else Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff") if not winner else QColor("#fff7e0"))
            painter.setOpacity(0.92)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setOpacity(1.0)
            painter.setPen(QColor("#7a4a00") if winner else QColor("#22405e"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ring_label(ring))


class StripItem(QGraphicsItem):
    """The parking strip beside the circle, where new notes wait to be placed."""

    def __init__(self, title: str, *, slots: bool = True) -> None:
        super().__init__()
        self.title, self.slots = title, slots
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.font = ui_font(STRIP_LABEL_PX, QFont.Weight.DemiBold)

    def area(self) -> QRectF:
        return QRectF(model.STRIP_LEFT * SCALE, model.STRIP_TOP * SCALE,
                      (model.STRIP_RIGHT - model.STRIP_LEFT) * SCALE,
                      (model.STRIP_BOTTOM - model.STRIP_TOP) * SCALE)

    def boundingRect(self) -> QRectF:
        return self.area().adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.area()
        painter.setBrush(QColor("#f4f4f1"))
        painter.setPen(QPen(QColor("#a5a59c"), 2.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(area, 18, 18)
        painter.setFont(self.font)
        painter.setPen(QColor("#5b5b52"))
        painter.drawText(QRectF(area.left(), area.top() + 6, area.width(), 40),
                         Qt.AlignmentFlag.AlignCenter, self.title)
        if not self.slots:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#d2d2ca"), 2, Qt.PenStyle.DotLine))
        for x, y in model.PARKING_SLOTS:
            c = to_scene(x, y)
            painter.drawRoundedRect(QRectF(c.x() - NOTE_W / 2, c.y() - NOTE_H / 2, NOTE_W, NOTE_H),
                                    10, 10)


class NoteEditor(QFrame):
    """The one real text editor on the board, laid over the note being written.

    Enter saves (and, in fast entry, opens the next note), Shift+Enter starts a
    new line, Tab goes to the participant field, Esc cancels.

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
        self.text_edit.setPlaceholderText(self.tr("Trefwoorden van het verhaal"))
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Deelnemer: typ een naam (leeg = zonder naam)"))
        self.who.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
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
        small.setPixelSize(max(14, int(px * 0.75)))
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
    tr = QCoreApplication.translate
    names = {"#fff59d": tr("CircleBoard", "Geel"), "#ffcc80": tr("CircleBoard", "Oranje"),
             "#f8bbd0": tr("CircleBoard", "Roze"), "#c5e1a5": tr("CircleBoard", "Groen"),
             "#b3e5fc": tr("CircleBoard", "Blauw"), "#d1c4e9": tr("CircleBoard", "Paars")}
    return names.get(color, color)
