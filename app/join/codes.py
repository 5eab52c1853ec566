"""The ways in: a random per-session token (in the QR code) and a short room code.

Both come from :mod:`secrets`. The room code avoids characters that look alike
on a projector or are easily mistyped on a phone (0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V).
"""
from __future__ import annotations

import hmac
import secrets
from urllib.parse import quote

ROOM_CODE_ALPHABET = "ACDEFHJKMNPQRTWXY3479"
ROOM_CODE_LENGTH = 5
TOKEN_BYTES = 16  # 22 URL-safe characters, 128 random bits: a small QR code


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_room_code() -> str:
    return "".join(secrets.choice(ROOM_CODE_ALPHABET) for _ in range(ROOM_CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a participant typed, as a code: case, spaces and dashes do not matter."""
    if not isinstance(text, str):
        return ""
    return "".join(ch for ch in text.upper() if ch.isalnum())[:16]


def same(a: str, b: str) -> bool:
    """Constant-time comparison (a guessed token learns nothing from timing)."""
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def join_url(host: str, port: int, token: str) -> str:
    """The address in the QR code: the page with its token in the path."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/j/{quote(token, safe='')}"


def base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"
