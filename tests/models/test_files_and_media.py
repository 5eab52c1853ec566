"""Odd folder names, stray write-ahead logs, read-only media, clear messages, safe exports.

Each case is one way a teacher's laptop loses or mixes up a session today
(issue 19); each test fails on the behaviour before the fix.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.main import main
from app.models import exchange, orchestration
from app.models import workshop as ops
from app.models.backup import list_backups, take_backup
from app.models.store import Store, StoreRefused, StoreWriteError, write_error
from tests.tools.faults import can_mount, failing_commit, read_only_bind

ODD_NAMES = ["Sessie #3", "Wat?", "C# team", "leidraad%20kopie", "a?b=c&mode=ro#x"]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, list[str], str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def titles(path: Path) -> list[str]:
    with Store(path) as st:
        return sorted(w.title for w in ops.list_workshops(st))


def exchange_file(tmp_path: Path, title: str) -> Path:
    with Store(tmp_path / "bron" / "bron.sqlite") as src:
        ws = orchestration.create_workshop(src, title=title)
        ops.add_participant(src, ws.id, "Anna de Vries")
        return exchange.export_to_file(src, ws.id, tmp_path / "bron" / f"{title}.leidraad.json")


# -- any folder name -----------------------------------------------------------------

@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_store_in_an_oddly_named_folder_opens_imports_and_lists(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    file = exchange_file(tmp_path, "Uit de map")
    home = tmp_path / "stick"
    home.mkdir()
    path = home / name / "leidraad.sqlite"
    with Store(path) as st:
        orchestration.create_workshop(st, title="Eerste")
    code, _out, err = run(capsys, "--db", path, "import", file)
    assert (code, err) == (0, "")
    code, lines, err = run(capsys, "--db", path, "list")
    assert (code, err) == (0, "")
    assert sorted(line.split("\t")[2] for line in lines) == ["Eerste", "Uit de map"]
    assert titles(path) == ["Eerste", "Uit de map"]
    # nothing beside the folder: no store called "Wat", "C", "Sessie " or "leidraad kopie"
    assert os.listdir(home) == [name]
    assert {p.name for p in (home / name).iterdir() if p.is_file()} <= {
        "leidraad.sqlite", "leidraad.sqlite.lock", "leidraad.sqlite-wal", "leidraad.sqlite-shm"}


@pytest.mark.parametrize("name", ["Sessie #3", "C# team", "Wat?"])
def test_a_damaged_store_under_an_odd_name_is_caught(tmp_path: Path, name: str) -> None:
    path = tmp_path / name / "leidraad.sqlite"
    with Store(path) as st:
        for i in range(200):
            orchestration.create_workshop(st, title=f"Sessie {i}" * 20)
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset:offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StoreRefused) as info:
        Store(path)
    assert info.value.reason == "damaged"
    assert "beschadigd" in str(info.value)
    assert path.read_bytes() == before


# -- a write-ahead log that does not belong ------------------------------------------

def _crashed_copy_of(path: Path, into: Path, title: str) -> Path:
    """A store like ``path`` whose last edit sits only in its WAL (as after a kill)."""
    shutil.copyfile(path, into)
    con = sqlite3.connect(into)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE setting SET value = 'ander-bestand' WHERE key = 'store_id'")
    con.execute("UPDATE workshop SET title = ?", (title,))
    con.commit()
    wal = Path(f"{into}-wal")
    kept = into.with_name(into.name + ".wal-copy")
    shutil.copyfile(wal, kept)  # the WAL as a kill would leave it (close would checkpoint it)
    con.close()
    return kept


def test_a_stray_wal_is_set_aside_with_a_message_never_replayed(tmp_path: Path) -> None:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as st:
        orchestration.create_workshop(st, title="Van deze laptop")
    other_wal = _crashed_copy_of(path, tmp_path / "andere.sqlite", "Van een andere laptop")
    shutil.copyfile(other_wal, Path(f"{path}-wal"))  # copied along with the stick
    before = path.read_bytes()

    with Store(path) as st:
        assert [w.title for w in ops.list_workshops(st)] == ["Van deze laptop"]
        assert len(st.notices) == 1 and "hoort" in st.notices[0] and "opzij" in st.notices[0]
    set_aside = list(tmp_path.glob("leidraad.sqlite-wal.vreemd-*"))
    assert len(set_aside) == 1 and set_aside[0].read_bytes() == other_wal.read_bytes()
    assert before[:100][68:72] == path.read_bytes()[68:72]


def test_the_stores_own_wal_after_a_crash_is_replayed(tmp_path: Path) -> None:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as st:
        orchestration.create_workshop(st, title="Voor de crash")
    # the crash: an edit committed to the WAL, the process gone before any checkpoint
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE workshop SET title = 'Na de crash'")
    con.commit()
    wal = Path(f"{path}-wal").read_bytes()
    con.close()
    Path(f"{path}-wal").write_bytes(wal)
    with Store(path) as st:
        assert [w.title for w in ops.list_workshops(st)] == ["Na de crash"]
        assert st.notices == []
    assert not list(tmp_path.glob("*.vreemd-*"))


def test_read_commands_ignore_a_stray_wal_and_write_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as st:
        orchestration.create_workshop(st, title="Van deze laptop")
    other_wal = _crashed_copy_of(path, tmp_path / "andere.sqlite", "Van een andere laptop")
    shutil.copyfile(other_wal, Path(f"{path}-wal"))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    code, lines, err = run(capsys, "--db", path, "list")
    assert code == 0 and [line.split("\t")[2] for line in lines] == ["Van deze laptop"]
    assert "hoort" in err
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    def without_lock(files: dict[str, bytes]) -> dict[str, bytes]:
        return {k: v for k, v in files.items() if k != "leidraad.sqlite.lock"}

    assert without_lock(after) == without_lock(before)


# -- read commands never write -------------------------------------------------------

def test_read_commands_do_not_checkpoint_or_migrate(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as st:
        ws = orchestration.create_workshop(st, title="Bewaard")
    con = sqlite3.connect(path)  # a crash left the last edit in the WAL only
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE workshop SET location = 'Het Baken'")
    con.commit()
    wal = Path(f"{path}-wal").read_bytes()
    con.close()
    Path(f"{path}-wal").write_bytes(wal)
    con = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    con.execute("SELECT 1").fetchall()
    con.close()
    before = path.read_bytes(), Path(f"{path}-wal").read_bytes()
    out = tmp_path / "uit.leidraad.json"
    code, _lines, err = run(capsys, "--db", path, "export-json", str(ws.id), "-o", out)
    assert (code, err) == (0, "")
    assert '"Het Baken"' in out.read_text(encoding="utf-8")  # the WAL was read...
    assert (path.read_bytes(), Path(f"{path}-wal").read_bytes()) == before  # ...never merged


def test_a_zero_byte_db_is_not_turned_into_a_store(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leeg.sqlite"
    path.write_bytes(b"")
    code, lines, _err = run(capsys, "--db", path, "list")
    assert code == 0 and lines == []
    code, _lines, err = run(capsys, "--db", path, "export-json", "1", "-o", tmp_path / "x.json")
    assert code == 1 and "Traceback" not in err
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leeg.sqlite"]


def test_an_older_store_is_read_without_migrating_it(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from app.models.store import APPLICATION_ID, migration_files

    path = tmp_path / "oud.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.executescript(migration_files()[0].read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.execute("INSERT INTO workshop (title, date, location, facilitator, language, template, "
                "created_at, show_rules, extra) VALUES ('Oud', '2025-01-01', '', '', 'nl', "
                "'blank', 0, 0, '{}')")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    before = path.read_bytes()
    code, lines, err = run(capsys, "--db", path, "list")
    assert (code, err) == (0, "")
    assert [line.split("\t")[2] for line in lines] == ["Oud"]
    assert path.read_bytes() == before


# -- read-only media --------------------------------------------------------------------

def test_read_only_stick_lists_and_exports_but_refuses_edits(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    if not can_mount(tmp_path_factory):
        pytest.skip("needs root and mount(8) (CI runs as root)")
    stick = tmp_path / "stick"
    path = stick / "leidraad.sqlite"
    with Store(path) as st:
        ws = orchestration.create_workshop(st, title="Op de stick")
        ops.add_participant(st, ws.id, "Anna de Vries")
    Path(f"{path}.lock").unlink(missing_ok=True)
    out = tmp_path / "uit"
    out.mkdir()
    file = exchange_file(tmp_path, "Erbij")
    with read_only_bind(stick):
        before = sorted(p.name for p in stick.iterdir())
        code, lines, err = run(capsys, "--db", path, "list")
        assert (code, err) == (0, "") and lines[0].endswith("\tOp de stick")
        code, _l, err = run(capsys, "--db", path, "export-json", str(ws.id), "-o", out / "a.json")
        assert (code, err) == (0, "")
        code, _l, err = run(capsys, "--db", path, "export-pdf", str(ws.id), "-o", out / "a.pdf")
        assert (code, err) == (0, "")
        assert (out / "a.pdf").read_bytes().startswith(b"%PDF")
        code, _l, err = run(capsys, "--db", path, "import", file)
        assert code == 1 and "alleen-lezen" in err
        assert sorted(p.name for p in stick.iterdir()) == before


def test_an_edit_on_a_read_only_snapshot_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as st:
        ws = orchestration.create_workshop(st, title="Alleen lezen")
    before = path.read_bytes()
    with Store(path, read_only=True) as st:
        with pytest.raises(StoreWriteError) as info:
            ops.update_workshop(st, ws.id, title="Anders")
        assert "alleen-lezen" in str(info.value) and "niet opgeslagen" in str(info.value)
    assert path.read_bytes() == before


# -- messages that say what happened ----------------------------------------------------

def test_a_full_disk_reported_as_io_error_says_the_disk_is_full(
        store: Store, workshop_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    usage = shutil.disk_usage(store.path.parent)
    monkeypatch.setattr("app.models.store_errors.shutil.disk_usage",
                        lambda _p: type(usage)(usage.total, usage.total, 0))
    with failing_commit(store, "disk I/O error"), pytest.raises(StoreWriteError) as info:
        ops.update_workshop(store, workshop_id, title="Nieuw")
    assert info.value.reason == "full"
    assert "vol" in str(info.value) and "USB-stick" not in str(info.value)
    assert write_error(OSError(28, "No space left on device"), store.path).reason == "full"


def test_a_symlink_loop_gives_the_damaged_message(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "lus.sqlite"
    os.symlink(loop, loop)
    with pytest.raises(StoreRefused) as info:
        Store(loop)
    assert "beschadigd of geen Leidraad-bestand" in str(info.value)
    for argv in (["list"], ["import", loop], ["export-json", "1", "-o", tmp_path / "x.json"]):
        code, _lines, err = run(capsys, "--db", loop, *argv)
        assert code == 1
        assert "RuntimeError" not in err and "onverwachte" not in err, err


def test_undecodable_bytes_in_a_store_give_the_damaged_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as st:
        orchestration.create_workshop(st, title="Goed")
    con = sqlite3.connect(path)
    con.execute("UPDATE workshop SET title = CAST(x'fffe41' AS TEXT)")
    con.commit()
    con.close()
    code, _lines, err = run(capsys, "--db", path, "list")
    assert code == 1
    assert "beschadigd of geen Leidraad-bestand" in err
    assert "OperationalError" not in err and "UnicodeDecodeError" not in err


def test_undecodable_exchange_file_gives_a_message(tmp_path: Path, store_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "kapot.leidraad.json"
    bad.write_bytes(b'{"format": "leidraad-workshop", "version": 1, "x": "\xff\xfe"}')
    code, _lines, err = run(capsys, "--db", store_path, "import", bad)
    assert code == 1 and "UnicodeDecodeError" not in err and "onverwachte" not in err, err


# -- exports never overwrite the store -----------------------------------------------------

@pytest.mark.parametrize("command", ["export-json", "export-pdf"])
def test_an_export_onto_the_store_or_a_backup_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as st:
        ws = orchestration.create_workshop(st, title="Alles")
        orchestration.create_workshop(st, title="Nog een")
        backup = take_backup(st, now=dt.datetime(2026, 11, 24, 9))
    link = tmp_path / "koppeling.pdf"
    os.symlink(path, link)
    for target in (path, link, backup, Path(f"{path}-wal")):
        before = path.read_bytes()
        code, _lines, err = run(capsys, "--db", path, command, str(ws.id), "-o", target)
        assert code == 1 and "opslagbestand" in err, (target, err)
        assert path.read_bytes() == before
    assert titles(path) == ["Alles", "Nog een"]
    assert list_backups(path) == [backup]
