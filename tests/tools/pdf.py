"""What a PDF holds, as a reader (or a hex editor) finds it."""
from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

from pypdf import PdfReader


def pdf_text(data: bytes | Path) -> str:
    """The extracted text of every page (the file's bytes, or its path), one string."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(raw)).pages)


def raw_streams(data: bytes) -> str:
    """Every stream of the file, inflated where compressed: what a hex editor could find."""
    out = []
    for body in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompress(body))
        except zlib.error:
            out.append(body)
    return b"\n".join(out).decode("latin-1")


def flat(text: str) -> str:
    """Whitespace-insensitive: table cells may wrap anywhere."""
    return re.sub(r"\s+", "", text)
