"""A pool-thread export always answers: the path, its own refusal, or a worded failure."""
from __future__ import annotations

from pathlib import Path

from app.export import MinutesError
from app.views.files.pdf_export import _JobSignals, report_job


def _outcome(write) -> tuple[list[str], list[str]]:  # noqa: ANN001
    signals = _JobSignals()
    done: list[str] = []
    failed: list[str] = []
    signals.done.connect(done.append)
    signals.failed.connect(failed.append)
    report_job(signals, write, "Niet gemaakt: {error}")
    return done, failed


def test_a_written_file_is_reported_by_its_path(tmp_path: Path) -> None:
    assert _outcome(lambda: tmp_path / "notulen.pdf") == ([str(tmp_path / "notulen.pdf")], [])


def test_a_refusal_keeps_its_own_words() -> None:
    def refuse() -> Path:
        raise MinutesError("De map is niet schrijfbaar.")

    assert _outcome(refuse) == ([], ["De map is niet schrijfbaar."])


def test_an_unexpected_error_is_worded_and_never_raised() -> None:
    def crash() -> Path:
        raise RuntimeError("kapot")

    assert _outcome(crash) == ([], ["Niet gemaakt: RuntimeError: kapot"])
