"""PySide6 6.12.0 on Python < 3.12 aborts ("none_dealloc") after a few thousand
void Qt calls. This runs 200,000 of them in a child process so a dependency bump
that brings the bug back fails here instead of in front of a room."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_qt_calls_do_not_crash_the_interpreter() -> None:
    code = textwrap.dedent("""
        from PySide6.QtCore import QRectF
        r = QRectF(0, 0, 1, 1)
        for i in range(200_000):
            r.setWidth(i % 100 + 1)
        print("survived", r.width())
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
