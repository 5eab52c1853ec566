"""A simulated device for the Meedoen tests: plain HTTP to the real server on 127.0.0.1.

Synchronous (stdlib ``http.client``, one keep-alive connection per device). In
GUI tests the server needs the GUI thread to apply an edit, so device calls run
in a worker thread (:func:`in_thread`) while the test spins the Qt event loop.
"""
from __future__ import annotations

import concurrent.futures
import http.client
import json
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=8, thread_name_prefix="device")


def in_thread(fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
    return _POOL.submit(fn)


class Device:
    def __init__(self, url: str, *, timeout: float = 30.0) -> None:
        parts = urlsplit(url)
        assert parts.hostname in ("127.0.0.1", "localhost"), "tests talk to loopback only"
        self.host, self.port = parts.hostname, parts.port
        self.token = parts.path.split("/j/", 1)[1] if "/j/" in parts.path else None
        self.timeout = timeout
        self.key: str | None = None
        self.version = 0
        self._conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self._conn

    def raw(self, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any], dict[str, str]]:
        headers = dict(headers or {})
        if self.key:
            headers.setdefault("X-Leidraad-Device", self.key)
        if body is not None:
            headers.setdefault("Content-Type", "application/json")
        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if attempt == 2:
                    raise
        try:
            payload = json.loads(data.decode("utf-8")) if data else {}
        except ValueError:
            payload = {"_text": data.decode("utf-8", "replace")}
        return response.status, payload, dict(response.getheaders())

    def post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        status, payload, _ = self.raw("POST", path, json.dumps(body).encode("utf-8"))
        return status, payload

    def join(self, token: str | None = None, code: str | None = None) -> int:
        body: dict[str, Any] = {}
        if code is not None:
            body["code"] = code
        else:
            body["token"] = token if token is not None else self.token
        status, payload = self.post("/api/join", body)
        if status == 200:
            self.key = payload["device"]
        return status

    def op(self, _op: str, key: str | None = None, **body: Any) -> tuple[int, dict[str, Any]]:
        body["key"] = key or secrets.token_hex(16)
        return self.post(f"/api/{_op}", body)

    def state(self, since: int | None = None) -> tuple[int, dict[str, Any]]:
        path = "/api/state" + (f"?since={since}" if since is not None else "")
        status, payload, _ = self.raw("GET", path)
        if status == 200:
            self.version = payload["version"]
        return status, payload

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __del__(self) -> None:
        # A device a test lets go of hangs up, as a phone that leaves the page does (its
        # socket would otherwise be left to the garbage collector: a ResourceWarning).
        self.close()
