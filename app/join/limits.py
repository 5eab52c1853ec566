"""Limits that keep one device (or one guesser) from swamping the laptop.

Everything here lives in memory only: nothing that identifies a device is stored.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

MAX_DEVICES = 60
BODY_LIMIT = 16 * 1024  # bytes: a supply line is at most 500 characters
DEVICE_RATE = 5.0  # requests per second, sustained
DEVICE_BURST = 30  # requests at once (typing fast, a resend after a drop)
JOIN_RATE = 2.0  # join attempts per second from one address (a 5-character code of
JOIN_BURST = 20  # 21 signs has 4 million values: guessing takes days, a session hours)
IDEMPOTENCY_KEEP = 4000  # answers remembered for resends


class TokenBucket:
    """``burst`` requests at once, then ``rate`` per second."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, float(burst), clock
        self.tokens = float(burst)
        self.stamp = clock()

    def take(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class Buckets:
    """One bucket per key (a device, or the address of someone trying to join), bounded."""

    def __init__(self, rate: float, burst: int, keep: int = 1000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.keep, self.clock = rate, burst, keep, clock
        self._buckets: OrderedDict[str, TokenBucket] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> bool:
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = TokenBucket(self.rate, self.burst, self.clock)
                while len(self._buckets) > self.keep:
                    self._buckets.popitem(last=False)
            else:
                self._buckets.move_to_end(key)
            return bucket.take()


class Answers:
    """Answers by idempotency key, so a resent request is not applied twice."""

    def __init__(self, keep: int = IDEMPOTENCY_KEEP) -> None:
        self.keep = keep
        self._answers: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            return self._answers.get(key)

    def put(self, key: str, answer: Any) -> None:
        with self._lock:
            self._answers[key] = answer
            while len(self._answers) > self.keep:
                self._answers.popitem(last=False)

    def __len__(self) -> int:
        return len(self._answers)
