"""``leidraad snapshot``: a board's picture as the room sees it, one file per page."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.main import main
from app.views.files.snapshot import page_paths
from tests.tools.room_seed import seed_room


def run(capsys, *args: str) -> tuple[int, list[str], str]:  # noqa: ANN001
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, [line for line in out.out.splitlines() if line], out.err


def test_a_paged_board_gives_one_picture_per_page_at_the_projector_size(capsys, store, store_path,
                                                                       tmp_path) -> None:
    wid = seed_room(store)
    out = tmp_path / "bord.png"
    code, lines, err = run(capsys, "--db", str(store_path), "snapshot", str(wid), "--board",
                           "market", "--size", "1024x768", "-o", str(out))
    assert code == 0, err
    assert lines == [str(p) for p in page_paths(out, len(lines))]
    assert len(lines) >= 2  # three subgroups do not fit one readable page at 1024x768
    assert lines[0] == str(out) and lines[1] == str(tmp_path / "bord-2.png")
    for line in lines:
        image = QImage(line)
        assert (image.width(), image.height()) == (1024, 768)
    code, lines, _ = run(capsys, "--db", str(store_path), "snapshot", str(wid), "--board",
                         "market", "--size", "1920x1080", "-o", str(out))
    assert code == 0 and lines == [str(out)]  # at 1080p the whole marketplace fits one page


def test_theme_choice_changes_the_picture(capsys, store, store_path, tmp_path) -> None:
    wid = seed_room(store)
    pictures = {}
    for theme in ("normaal", "hoog-contrast"):
        code, lines, err = run(capsys, "--db", str(store_path), "snapshot", str(wid), "--board",
                               "plusmin", "--theme", theme, "--size", "1280x720", "-o",
                               str(tmp_path / f"{theme}.png"))
        assert code == 0, err
        pictures[theme] = QImage(lines[0])
    # the room's background: warm light grey normally, pure white in high contrast
    assert pictures["normaal"].pixelColor(640, 700).name() == "#f7f5f0"
    assert pictures["hoog-contrast"].pixelColor(640, 700).name() == "#ffffff"


def test_bad_input_gets_one_clear_line(capsys, store, store_path, tmp_path) -> None:
    wid = seed_room(store)
    for args, words in ((["--size", "groot"], "grootte"), (["--size", "10x10"], "tussen"),
                        (["--size", "800x600", "--theme", "paars"], "thema")):
        code, lines, err = run(capsys, "--db", str(store_path), "snapshot", str(wid),
                               "--board", "circle", "-o", str(tmp_path / "x.png"), *args)
        assert code == 1 and not lines
        assert err.count("\n") == 1 and err.startswith("leidraad: ") and words in err
    code, _, err = run(capsys, "--db", str(store_path), "snapshot", "999", "--board", "circle",
                       "--size", "800x600", "-o", str(tmp_path / "x.png"))
    assert code == 1 and "onbekende bijeenkomst" in err
    assert not list(Path(tmp_path).glob("x*.png"))


def test_save_board_picture_from_the_window(qtbot, store, tmp_path) -> None:
    from app.views.shell.main_window import MainWindow

    wid = seed_room(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(wid)
    assert window.action_snapshot.isEnabled()
    window.workshop_screen.show_board("plusmin")
    from app.views.files.snapshot_dialog import save_board_picture

    messages: list[str] = []
    paths = save_board_picture(window, window.workshop_screen, window.projection,
                               messages.append, str(tmp_path / "schema.png"))
    assert paths == [tmp_path / "schema.png"] and paths[0].is_file()
    image = QImage(str(paths[0]))
    assert (image.width(), image.height()) == (1920, 1080)  # the projector screen beside the laptop
    assert "schema.png" in messages[-1]


@pytest.mark.slow  # the command in a child process
def test_the_real_command_draws_in_a_fresh_process(store, store_path, tmp_path) -> None:
    """`leidraad snapshot` from a shell: no window, no QApplication made beforehand."""
    import os
    import subprocess
    import sys

    wid = seed_room(store, notes=12)
    store.close()
    target = tmp_path / "cirkel.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "app.main", "--db", str(store_path), "snapshot",
                           str(wid), "--board", "circle", "--size", "1280x720", "-o", str(target)],
                          capture_output=True, text=True, timeout=120, env=env,
                          cwd=Path(__file__).resolve().parents[3])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(target)]
    assert QImage(str(target)).size().toTuple() == (1280, 720)
