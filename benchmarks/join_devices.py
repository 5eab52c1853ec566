"""Simulated phones for the Meedoen benchmark: a separate process, loopback only, bounded.

usage: python benchmarks/join_devices.py URL DEVICES SECONDS INTERVAL SUBGROUP_ID...

Each device joins, picks a subgroup (round robin), long-polls the state like
the page does, and sends a supply or demand line every INTERVAL seconds (with
jitter) until SECONDS have passed, resending with the same idempotency key
when an answer does not come. At most SECONDS / INTERVAL + 2 lines per device;
every socket has a timeout; the process ends by itself. Prints one JSON line:
per acknowledged line its key, text and milliseconds from first send to the
answer (which comes after the edit is stored and the boards are updated), plus
the round trips of a static file as the baseline.
"""
from __future__ import annotations

import http.client
import json
import random
import secrets
import sys
import threading
import time
from urllib.parse import urlsplit

TIMEOUT = 10.0


class Phone:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port, self.key = host, port, ""
        self.conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT)

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        headers = {"Content-Type": "application/json"}
        if self.key:
            headers["X-Leidraad-Device"] = self.key
        data = None if body is None else json.dumps(body).encode("utf-8")
        try:
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
            return 0, {}
        try:
            return response.status, json.loads(raw.decode("utf-8")) if raw else {}
        except ValueError:
            return response.status, {}


def device(n: int, url: str, seconds: float, interval: float, groups: list[int],
           out: list[dict], static_ms: list[float], failures: list[str]) -> None:
    parts = urlsplit(url)
    assert parts.hostname in ("127.0.0.1", "localhost")
    phone = Phone(parts.hostname, parts.port)
    token = parts.path.split("/j/", 1)[1]
    for _attempt in range(30):  # all phones share 127.0.0.1 here: joins are slowed down
        status, answer = phone.call("POST", "/api/join", {"token": token})
        if status != 429:
            break
        time.sleep(1.0)
    if status != 200:
        failures.append(f"device {n}: join {status}")
        return
    phone.key = answer["device"]
    phone.call("POST", "/api/subgroup", {"key": secrets.token_hex(8), "subgroup": groups[n % len(groups)]})
    deadline = time.monotonic() + seconds
    poller = threading.Thread(target=poll, args=(parts.hostname, parts.port, phone.key, deadline),
                              daemon=True)
    poller.start()
    rng = random.Random(n)
    time.sleep(rng.uniform(0, interval))
    seq = 0
    while time.monotonic() < deadline and seq < seconds / interval + 2:
        key = f"d{n:02d}-{seq:04d}-{secrets.token_hex(6)}"
        text = f"Apparaat {n} regel {seq}"
        body = {"key": key, "side": "supply" if seq % 2 == 0 else "demand", "text": text,
                "owners": ["Şükrü Yılmaz"] if seq % 3 == 0 else []}
        started = time.perf_counter()
        for _attempt in range(20):
            status, _answer = phone.call("POST", "/api/add", body)
            if status == 200:
                out.append({"key": key, "text": text,
                            "ms": (time.perf_counter() - started) * 1000})
                break
            time.sleep(0.25)  # no answer, or slowed down: the same key again
        else:
            failures.append(f"device {n}: line {seq} never acknowledged")
        t0 = time.perf_counter()
        if phone.call("GET", "/static/join.css")[0] == 200:
            static_ms.append((time.perf_counter() - t0) * 1000)
        seq += 1
        time.sleep(max(0.0, interval * rng.uniform(0.7, 1.3) - (time.perf_counter() - started)))


def poll(host: str, port: int, key: str, deadline: float) -> None:
    """What the page does between edits: wait for news, redraw, wait again."""
    phone = Phone(host, port)
    phone.key = key
    since = 0
    while time.monotonic() < deadline:
        status, state = phone.call("GET", f"/api/state?since={since}")
        if status != 200:
            time.sleep(0.5)
            continue
        since = state.get("version", since)


def main(argv: list[str]) -> int:
    url, count, seconds, interval = argv[0], int(argv[1]), float(argv[2]), float(argv[3])
    groups = [int(g) for g in argv[4:]]
    out: list[dict] = []
    static_ms: list[float] = []
    failures: list[str] = []
    threads = [threading.Thread(target=device, args=(n, url, seconds, interval, groups, out,
                                                     static_ms, failures))
               for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)
    print(json.dumps({"acked": out, "static_ms": static_ms, "failures": failures}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
