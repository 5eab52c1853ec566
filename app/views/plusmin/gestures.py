"""What the hands do on the plus-min board: keys on a card, its menu, pairing, dragging.

``CardGestures`` is mixed into ``PlusMinBoard``; it works on the board's state
(``board``, ``cards``, ``selected``, ``dragging``) and pushes undoable commands.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from app.commands import plusmin as cmd
from app.models import plusmin as pm
from app.views.plusmin.parts import InspirationCard, ItemCard, discard, modifiers, shown_text

if TYPE_CHECKING:
    from app.views.common.bus import ViewContext


CARD_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_Delete,
             Qt.Key.Key_Backspace, Qt.Key.Key_Space)  # unmodified keys a focused card handles


@dataclass
class Drag:
    """What is being dragged; nothing is stored until the mouse is released."""

    source: QWidget
    ghost: QLabel


def next_after(order: list[int], item_id: int) -> int | None:
    """The id after ``item_id`` in ``order`` (None at the end): a "before" for moves."""
    if item_id not in order:
        return None
    index = order.index(item_id) + 1
    return order[index] if index < len(order) else None


class CardGestures:
    """Keyboard, context menu, pairing and drag-and-drop of the board's cards."""

    ctx: ViewContext
    audience: bool
    board: pm.Board | None
    cards: dict[int, ItemCard]
    selected: dict[str, int | None]
    dragging: Drag | None

    def card_menu(self, card: ItemCard) -> QMenu | None:
        """Every card command for mouse users, with its shortcut shown."""
        if self.audience or self.board is None:
            return None
        menu = QMenu(self)
        other = "min" if card.sign == "plus" else "plus"

        def add(text: str, key: str, slot, enabled: bool = True) -> None:  # noqa: ANN001
            # Shown, not registered: the board's own shortcuts do the work.
            action = menu.addAction(f"{text}\t{QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}", slot)
            action.setEnabled(enabled)

        add(QCoreApplication.translate("PlusMinBoard", "Bewerken"), "F2", card.start_edit)
        add(QCoreApplication.translate("PlusMinBoard", "Koppelen aan het gekozen punt"), "Ctrl+K",
            lambda: (self.select(card) if self.selected[card.sign] != card.item_id else None,
                     self.pair_selected()), self.selected[other] is not None)
        add(QCoreApplication.translate("PlusMinBoard", "Koppeling opheffen"), "Ctrl+Shift+K",
            lambda: self.ctx.push(cmd.UnpairItem(self.ctx.store, card.item_id)),
            self.board.partner(card.item_id) is not None)
        add(QCoreApplication.translate("PlusMinBoard", "Naar het gekoppelde punt"), "Ctrl+J",
            lambda: self.walk_partner(card), bool(self.partners(card.item_id)))
        menu.addSeparator()
        add(QCoreApplication.translate("PlusMinBoard", "Omhoog"), "Alt+Up", lambda: self._nudge(card, -1), self._neighbour(card, -1) is not None)
        add(QCoreApplication.translate("PlusMinBoard", "Omlaag"), "Alt+Down", lambda: self._nudge(card, 1), self._neighbour(card, 1) is not None)
        add(QCoreApplication.translate("PlusMinBoard", "Naar Aandachtspunten") if other == "min" else QCoreApplication.translate("PlusMinBoard", "Naar Positieve punten"),
            "Ctrl+Right" if other == "min" else "Ctrl+Left",
            lambda: self.move(card.item_id, other, None, True))
        menu.addSeparator()
        add(QCoreApplication.translate("PlusMinBoard", "Verwijderen"), "Delete", lambda: self.remove_item(card))
        return menu

    def _nudge(self, card: ItemCard, step: int) -> None:
        neighbour = self._neighbour(card, step)
        if neighbour is not None:
            self.move(card.item_id, card.sign, neighbour.item_id, step > 0)

    def select(self, card: ItemCard) -> None:
        """Mark a card for pairing: one positive point and one point of attention."""
        if self.audience:
            return
        current = self.selected.get(card.sign)
        self.selected[card.sign] = None if current == card.item_id else card.item_id
        for other in self.cards.values():
            other.set_state("selected", self.selected.get(other.sign) == other.item_id)
        card.setFocus()

    def pair_selected(self) -> None:
        focused = next((c for c in self.cards.values() if c.hasFocus()), None)
        if focused is not None:
            self.selected[focused.sign] = focused.item_id
        plus, min_ = self.selected["plus"], self.selected["min"]
        if plus is None or min_ is None:
            self.message.emit(QCoreApplication.translate("PlusMinBoard", "Kies een positief punt en een aandachtspunt (klik of "
                                      "spatie) en druk op Ctrl+K om ze te koppelen."))
            return
        if self.ctx.push(cmd.PairItems(self.ctx.store, plus, min_)):
            self.selected = {"plus": None, "min": None}
            for card in self.cards.values():
                card.set_state("selected", False)

    def unpair_focused(self) -> None:
        card = next((c for c in self.cards.values() if c.hasFocus()), None)
        if card is None or self.board is None or self.board.partner(card.item_id) is None:
            self.message.emit(QCoreApplication.translate("PlusMinBoard", "Ga naar een gekoppeld punt om de koppeling op te heffen."))
            return
        self.ctx.push(cmd.UnpairItem(self.ctx.store, card.item_id))

    def move(self, item_id: int, sign: str, target_id: int | None, after: bool) -> None:
        """Reorder or move a point as if dropped before/after ``target_id`` in ``sign``."""
        if self.board is None or item_id not in {i.id for i in self.board.items}:
            return
        mover, to_sign, before = pm.reorder_target(self.board, item_id, target_id, after, sign)
        item = next(i for i in self.board.items if i.id == mover)
        column = [i.id for i in self.board.column(to_sign)]
        if to_sign == item.sign and before in (mover, next_after(column, mover)):
            return
        text = None if to_sign == item.sign else QCoreApplication.translate("PlusMinBoard", "Naar de andere kolom")
        self.ctx.push(cmd.MoveItem(self.ctx.store, mover, to_sign, before, text))

    def card_claims(self, card: ItemCard, event: QKeyEvent) -> bool:
        """Whether ``card_key`` handles this key on a focused card (see ``claim_key``).

        Space chooses a card for pairing, so it must never reach the timer's Space;
        Esc is only claimed while a choice is there to clear.
        """
        if self.audience:
            return False
        key, mods = event.key(), modifiers(event)
        if key == Qt.Key.Key_Escape:
            return mods == Qt.KeyboardModifier.NoModifier and \
                any(v is not None for v in self.selected.values())
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier,
                            Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_J:
            return mods == Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier)
        return mods == Qt.KeyboardModifier.NoModifier and key in CARD_KEYS

    def card_key(self, card: ItemCard, event: QKeyEvent) -> bool:
        """Keyboard on a card; True when handled."""
        if self.audience:
            return False
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            card.start_edit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_item(card)
        elif key == Qt.Key.Key_Space:
            self.select(card)
        elif key == Qt.Key.Key_Escape:
            self.selected = {"plus": None, "min": None}
            for other in self.cards.values():
                other.set_state("selected", False)
        elif key == Qt.Key.Key_J and ctrl:
            self.walk_partner(card)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            self.walk_pairs(card, -1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            neighbour = self._neighbour(card, step)
            if alt:
                self._nudge(card, step)
            elif neighbour is not None:
                neighbour.setFocus()
            elif step < 0:
                self.quick[card.sign].setFocus()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = "plus" if key == Qt.Key.Key_Left else "min"
            if ctrl and sign != card.sign:
                self.move(card.item_id, sign, None, True)
            elif not ctrl:
                self._focus_across(card, sign)
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from a quick-add field goes to the first card of its column."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_Down and not event.modifiers():
            for sign, field in getattr(self, "quick", {}).items():
                column = self._column_cards(sign)
                if watched is field and column:
                    column[0].setFocus()
                    return True
        return super().eventFilter(watched, event)

    # -- walking the pairs (the model's pair list: one point may have several partners) ------
    def pair_list(self) -> list[tuple[int, int]]:
        """(plus id, min id) of every pair, in the order of the positive point, then the other."""
        if self.board is None:
            return []
        place = {i.id: (i.position, i.id) for i in self.board.items}
        pairs = [(p.plus_id, p.min_id) for p in self.board.pairs
                 if p.plus_id in place and p.min_id in place]
        return sorted(pairs, key=lambda p: (place[p[0]], place[p[1]]))

    def partners(self, item_id: int) -> list[int]:
        out = [b if a == item_id else a for a, b in self.pair_list() if item_id in (a, b)]
        return list(dict.fromkeys(out))

    def walk_partner(self, card: ItemCard) -> None:
        """Ctrl+J: to the point on the other side of this one's pair (again: its next partner)."""
        partners = [p for p in self.partners(card.item_id) if p in self.cards]
        if not partners:
            self.message.emit(QCoreApplication.translate("PlusMinBoard", "Dit punt is nog niet gekoppeld."))
            return
        last = getattr(self, "_partner_from", None)
        start = partners.index(last[1]) + 1 if last and last[0] == card.item_id \
            and last[1] in partners else 0
        target = partners[start % len(partners)]
        self.cards[target].setFocus()
        self._partner_from = (target, card.item_id)  # Ctrl+J back returns to where it came from
        self.message.emit(self.pair_text(card.item_id, target))

    def walk_pairs(self, card: ItemCard, step: int) -> None:
        """Ctrl+Down / Ctrl+Up: to the next / previous pair (focus on its positive point)."""
        pairs = [p for p in self.pair_list() if p[0] in self.cards and p[1] in self.cards]
        if not pairs:
            self.message.emit(QCoreApplication.translate("PlusMinBoard", "Nog geen gekoppelde punten."))
            return
        mine = [n for n, p in enumerate(pairs) if card.item_id in p]
        current = getattr(self, "_pair_index", None)
        if mine:
            here = current if current in mine else mine[0]
            index = here + step
        else:
            index = 0 if step > 0 else len(pairs) - 1
        if not 0 <= index < len(pairs):
            return
        self._pair_index = index
        plus, min_ = pairs[index]
        self.cards[plus].setFocus()
        self.message.emit(QCoreApplication.translate("PlusMinBoard", "Paar {n} van {total}: {pair}").format(
            n=index + 1, total=len(pairs), pair=self.pair_text(plus, min_)))

    def pair_text(self, a: int, b: int) -> str:
        texts = {i.id: i.text for i in self.board.items} if self.board else {}
        return f"{shown_text(texts.get(a, ''))} ⟷ {shown_text(texts.get(b, ''))}"

    def _column_cards(self, sign: str) -> list[ItemCard]:
        cards = [c for c in self.cards.values() if c.sign == sign and c.isVisibleTo(self)]
        return sorted(cards, key=lambda c: self.grid.getItemPosition(self.grid.indexOf(c))[0])

    def _neighbour(self, card: ItemCard, step: int) -> ItemCard | None:
        column = self._column_cards(card.sign)
        index = column.index(card) + step if card in column else -1
        return column[index] if 0 <= index < len(column) else None

    def _focus_across(self, card: ItemCard, sign: str) -> None:
        others = self._column_cards(sign)
        if not others or sign == card.sign:
            return
        row = self.grid.getItemPosition(self.grid.indexOf(card))[0]
        rows = [self.grid.getItemPosition(self.grid.indexOf(c))[0] for c in others]
        others[min(range(len(rows)), key=lambda n: abs(rows[n] - row))].setFocus()

    # -- dragging ------------------------------------------------------------------------------
    def begin_drag(self, source: QWidget) -> None:
        if self.audience or self.board is None:
            return
        ghost = QLabel(shown_text(getattr(source, "text", ""))[:80], self)
        ghost.setStyleSheet("background: #fffde7; border: 2px solid #1565c0; padding: 4px;")
        ghost.adjustSize()
        ghost.raise_()
        ghost.show()
        self.dragging = Drag(source, ghost)
        if isinstance(source, ItemCard):
            source.set_state("dragged", True)

    def drag_to(self, global_pos: QPoint) -> None:
        drag = self.dragging
        assert drag is not None
        local = self.mapFromGlobal(global_pos)
        drag.ghost.move(local + QPoint(12, 12))
        self._autoscroll(global_pos)
        target = self._drop_target(global_pos) if self.board is not None else None
        pairing = target is not None and target[2] == "pair"
        for card in self.cards.values():
            card.set_state("target", pairing and card.item_id == target[1])
        self.drop_line.hide()
        if target is not None and not pairing:
            self._show_drop_line(target)

    def _autoscroll(self, global_pos: QPoint) -> None:
        """Near the top or bottom edge of a long schema, scroll along with the drag."""
        viewport = self.scroll.viewport()
        rect = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        if not rect.left() <= global_pos.x() <= rect.right():
            return
        bar = self.scroll.verticalScrollBar()
        if global_pos.y() < rect.top() + 30:
            bar.setValue(bar.value() - 24)
        elif global_pos.y() > rect.bottom() - 30:
            bar.setValue(bar.value() + 24)

    def end_drag(self, global_pos: QPoint) -> None:
        drag = self.dragging
        if drag is None:
            return
        target = self._drop_target(global_pos) if self.board is not None else None
        self.dragging = None
        discard(drag.ghost)
        self.drop_line.hide()
        for card in self.cards.values():
            card.set_state("target", False)
            card.set_state("dragged", False)
        if target is None:
            return
        sign, target_id, zone = target
        source = drag.source
        if isinstance(source, InspirationCard):
            self.add_inspiration(source, sign, self._landing(target)[1])
        elif isinstance(source, ItemCard):
            if zone == "pair":
                self.ctx.push(cmd.PairItems(self.ctx.store, source.item_id, target_id))
            elif target_id != source.item_id:
                self.move(source.item_id, sign, target_id, zone != "before")

    def _drop_target(self, global_pos: QPoint) -> tuple[str, int | None, str] | None:
        """(column, card under the pointer or None, 'before'/'after'/'pair'/'end')."""
        dragged = self.dragging.source if self.dragging else None
        for card in self.cards.values():
            rect = QRect(card.mapToGlobal(QPoint(0, 0)), card.size())
            if card.isVisible() and rect.contains(global_pos) and card is not dragged:
                share = (global_pos.y() - rect.top()) / max(1, rect.height())
                if isinstance(dragged, ItemCard) and dragged.sign != card.sign and 0.25 <= share <= 0.75:
                    return card.sign, card.item_id, "pair"
                return card.sign, card.item_id, "before" if share < 0.5 else "after"
        area = QRect(self.scroll.mapToGlobal(QPoint(0, 0)), self.scroll.size())
        head = self.plus_head.mapToGlobal(QPoint(0, 0))
        area.setTop(min(area.top(), head.y()))
        if not area.contains(global_pos):
            return None
        middle = self.min_head.mapToGlobal(QPoint(0, 0)).x()
        return ("plus" if global_pos.x() < middle else "min"), None, "end"

    def _landing(self, target: tuple[str, int | None, str]) -> tuple[str, int | None, bool]:
        """Where a drop on ``target`` really lands: (column, before_id, among the pairs)."""
        sign, target_id, zone = target
        source = self.dragging.source if self.dragging else None
        assert self.board is not None
        if isinstance(source, ItemCard):
            _, to_sign, before = pm.reorder_target(self.board, source.item_id, target_id,
                                                   zone != "before", sign)
            paired = to_sign == source.sign and self.board.partner(source.item_id) is not None
            return sign, before, paired
        loose = [(r.plus if sign == "plus" else r.min) for r in self.board.rows() if not r.paired]
        order = [i.id for i in loose if i is not None]
        if target_id in order:
            return sign, target_id if zone == "before" else next_after(order, target_id), False
        return sign, (order[0] if order and target_id is not None else None), False

    def _show_drop_line(self, target: tuple[str, int | None, str]) -> None:
        """A line where the dragged point will land (pairs stay together, loose points below)."""
        sign, before, paired = self._landing(target)
        mover = getattr(self.dragging.source, "item_id", None) if self.dragging else None
        card = self.cards.get(before) if before is not None else None
        if card is not None:
            y = card.mapTo(self, QPoint(0, 0)).y() - 5
        else:
            section = [c for c in self.cards.values() if c.item_id != mover and c.isVisible()
                       and (self.board.partner(c.item_id) is not None) == paired
                       and (paired or c.sign == sign)]
            if section:
                y = max(c.mapTo(self, QPoint(0, 0)).y() + c.height() for c in section) + 2
            else:
                y = self.scroll.mapTo(self, QPoint(0, 0)).y() + 2
        column = self.quick[sign]
        x = column.mapTo(self, QPoint(0, 0)).x()
        self.drop_line.setGeometry(x, y, column.width(), 3)
        self.drop_line.raise_()
        self.drop_line.show()
