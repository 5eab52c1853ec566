"""The export dialog, driven like a facilitator: choose, export in the background, read the result."""
from __future__ import annotations

import errno
import io
import os
import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.export import pdf
from app.models import workshop as ops
from app.views.files.pdf_export import FOLDER_SETTING, PdfExportDialog, suggested_name
from tests.tools.session_seed import PEOPLE, seed_session


def _dialog(qtbot, ctx, workshop_id: int) -> PdfExportDialog:  # noqa: ANN001
    dialog = PdfExportDialog(ctx, workshop_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_anonymous_export_writes_the_pdf_and_says_where(qtbot, ctx, tmp_path: Path) -> None:
    wid = seed_session(ctx.store)
    dialog = _dialog(qtbot, ctx, wid)
    qtbot.mouseClick(dialog.anonymous, Qt.MouseButton.LeftButton)
    assert dialog.anonymous.isChecked()
    dialog.path_edit.setText(str(tmp_path / "notulen"))  # the .pdf suffix is added
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.export_button.isEnabled()
    written = tmp_path / "notulen.pdf"
    assert blocker.args == [str(written)]
    text = _text(written)
    assert "Deelnemer 1" in text and PEOPLE[0][0] not in text
    assert "De notulen zijn opgeslagen in" in dialog.status.text()
    assert str(written) in dialog.status.text()
    assert dialog.open_button.isVisible() and dialog.export_button.isEnabled()
    assert ops.get_setting(ctx.store, FOLDER_SETTING) == str(tmp_path)


def test_the_gui_thread_stays_free_while_exporting(qtbot, ctx, workshop_id: int,
                                                    tmp_path: Path, monkeypatch) -> None:
    """The worker waits for a timer that only the GUI event loop can fire."""
    seen: dict[str, object] = {}
    ticked = threading.Event()

    def slow_export(store, wid, path, *, anonymise=False):  # noqa: ANN001, ANN202
        seen["thread"] = threading.current_thread()
        seen["ticked"] = ticked.wait(10)
        Path(path).write_bytes(b"%PDF-1.4 test")
        return Path(path)

    monkeypatch.setattr(pdf, "export_minutes", slow_export)
    dialog = _dialog(qtbot, ctx, workshop_id)
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=15_000):
        dialog.start_export()
        QTimer.singleShot(50, ticked.set)
    assert seen["ticked"] is True
    assert seen["thread"] is not threading.main_thread()


def test_a_full_disk_is_reported_and_leaves_no_file(qtbot, ctx, tmp_path: Path,
                                                    monkeypatch) -> None:
    wid = seed_session(ctx.store, notes=5, entries=9)
    dialog = _dialog(qtbot, ctx, wid)
    out = tmp_path / "uit"
    out.mkdir()
    dialog.path_edit.setText(str(out / "notulen.pdf"))

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    monkeypatch.undo()
    assert "De schijf is vol" in dialog.status.text()
    assert list(out.iterdir()) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not dialog.open_button.isVisible()


def test_a_missing_folder_is_reported(qtbot, ctx, workshop_id: int, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx, workshop_id)
    dialog.path_edit.setText(str(tmp_path / "bestaat-niet" / "notulen.pdf"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "bestaat niet" in dialog.status.text()
    dialog.path_edit.clear()
    dialog.start_export()
    assert "Kies eerst" in dialog.status.text() and not dialog.busy


def test_choosing_a_file_adds_pdf_and_the_folder_is_remembered(qtbot, ctx, workshop_id: int,
                                                               tmp_path: Path,
                                                               monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "verslag"), "PDF-bestanden (*.pdf)"))
    dialog = _dialog(qtbot, ctx, workshop_id)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(tmp_path / "verslag.pdf")
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.keyClick(dialog.export_button, Qt.Key.Key_Space)
    assert (tmp_path / "verslag.pdf").read_bytes().startswith(b"%PDF")
    again = _dialog(qtbot, ctx, workshop_id)
    assert Path(again.path_edit.text()).parent == tmp_path


def test_an_existing_file_is_only_replaced_after_asking(qtbot, ctx, workshop_id: int,
                                                        tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "notulen.pdf"
    target.write_bytes(b"keep me")
    dialog = _dialog(qtbot, ctx, workshop_id)
    dialog.path_edit.setText(str(target))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.start_export()
    assert not dialog.busy and target.read_bytes() == b"keep me"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.start_export()
    assert target.read_bytes().startswith(b"%PDF")


def test_escape_does_not_close_mid_export_and_names_follow_the_choice(
        qtbot, ctx, workshop_id: int, tmp_path: Path, monkeypatch) -> None:
    release = threading.Event()

    def waiting_export(store, wid, path, *, anonymise=False):  # noqa: ANN001, ANN202
        release.wait(10)
        Path(path).write_bytes(b"%PDF-1.4")
        return Path(path)

    monkeypatch.setattr(pdf, "export_minutes", waiting_export)
    dialog = _dialog(qtbot, ctx, workshop_id)
    auto = Path(dialog.path_edit.text())
    ws = ops.get_workshop(ctx.store, workshop_id)
    assert auto.name == suggested_name("Testbijeenkomst", ws.date, False)
    assert auto.name == f"Notulen {ws.date.isoformat()} Testbijeenkomst.pdf"
    dialog.anonymous.setChecked(True)
    assert Path(dialog.path_edit.text()).name.endswith("(anoniem).pdf")
    assert "Testbijeenkomst" not in dialog.path_edit.text()
    dialog.path_edit.setText(str(tmp_path / "eigen naam.pdf"))
    dialog.anonymous.setChecked(False)  # a typed name is left alone
    assert dialog.path_edit.text() == str(tmp_path / "eigen naam.pdf")
    dialog.start_export()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    assert dialog.isVisible() and dialog.busy
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
