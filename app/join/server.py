"""The Meedoen web server: aiohttp on its own asyncio loop in a background thread.

Why aiohttp: a well-kept, pure-asyncio HTTP server with a request body limit
built in (``client_max_size``), no hand-written parsing, and one loop thread
serves 60 long-polling phones without a thread each. The Qt side talks to it
only through two thread-safe doors: edits are handed to the owner's thread
(``run_on_owner``: the GUI thread via a queued Qt signal, or inline when
headless) and awaited; the store's change bus pokes the loop so waiting
devices get the new state at once.

It listens only between :meth:`JoinServer.start` and :meth:`JoinServer.stop`,
only on the address it was given.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import json
import re
import threading
from collections.abc import Callable
from importlib import resources
from typing import Any

from aiohttp import web

from app.join import codes
from app.join.limits import BODY_LIMIT, Answers
from app.join.room import Device, JoinRoom, Refusal
from app.models.events import Change, Topic
from app.models.market_analysis import MarketState, load_market
from app.models.store import StoreError
from app.models.workshop import InputError

Owner = Callable[[Callable[[], Any]], "concurrent.futures.Future[Any]"]
POLL_SECONDS = 20.0
COALESCE_SECONDS = 0.25  # changes in a burst: one answer per waiting device
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
DEVICE_HEADER = "X-Leidraad-Device"
STATIC = {"join.js": "application/javascript", "join.css": "text/css"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                               "form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
WATCHED = (Topic.MARKET, Topic.PARTICIPANT, Topic.PLUSMIN, Topic.JOIN)


def inline(fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
    """Run an edit right here (headless: the loop thread owns the store)."""
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()
    try:
        future.set_result(fn())
    except BaseException as exc:  # noqa: BLE001 - handed to the awaiting request
        future.set_exception(exc)
    return future


def page_file(name: str) -> bytes:
    return resources.files("app.join").joinpath("page", name).read_bytes()


class JoinServer:
    """Serve one :class:`JoinRoom` on ``host:port`` (0: a free port) until stopped.

    ``on_devices(count)`` and ``on_request()`` are called on the server's thread.
    """

    def __init__(self, room: JoinRoom, host: str, port: int = 0, *,
                 run_on_owner: Owner = inline,
                 on_devices: Callable[[int], None] | None = None) -> None:
        self.room, self.host, self.requested_port = room, host, port
        self.port = 0
        self.run_on_owner = run_on_owner
        self.on_devices = on_devices
        self.version = 1
        self._answers = Answers()
        self._inflight: dict[str, asyncio.Future[Any]] = {}
        self._handed: set[concurrent.futures.Future[Any]] = set()  # edits at the owner
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._page = page_file("index.html").decode("utf-8")
        self._unsubscribe = room.store.bus.subscribe(self._on_store_change)
        self._market: tuple[int, MarketState] | None = None  # (version, state) shared by all

    # -- life ----------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self.room.token is not None
        return codes.join_url(self.host, self.port, self.room.token)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._error is None

    def start(self, timeout: float = 10.0) -> int:
        """Bind and serve; returns the real port. Raises OSError when the address is refused."""
        self._thread = threading.Thread(target=self._serve, name="leidraad-meedoen", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise OSError("De server voor Meedoen startte niet op tijd.")
        if self._error is not None:
            self._unsubscribe()
            raise self._error
        # aiohttp and everything built before it live as long as the door is open: frozen
        # out of collection, a full collection on the server's thread scans only what the
        # phones' requests make (unfrozen, it held the GIL ~65 ms and the round timer stalled).
        # Collected first, once, as the facilitator opens the door: no garbage is frozen in.
        gc.collect()
        gc.freeze()
        return self.port

    def _serve(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._changed = asyncio.Event()
        try:
            self._runner = web.AppRunner(self._app(), access_log=None, handle_signals=False,
                                         shutdown_timeout=1.0)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, self.host, self.requested_port, backlog=128)
            loop.run_until_complete(site.start())
            self.port = int(self._runner.addresses[0][1])
        except BaseException as exc:  # noqa: BLE001 - reported to start()
            self._error = exc if isinstance(exc, OSError) else OSError(str(exc))
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

    def stop(self) -> None:
        """Stop listening at once; waiting devices get "closed". Safe to call twice."""
        self._unsubscribe()
        for future in list(self._handed):  # the owner may be the caller: never wait for it
            future.cancel()
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(self._wake)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
        self._thread = None

    # -- changes ---------------------------------------------------------------------
    def _on_store_change(self, change: Change) -> None:
        """Any thread: a change of this workshop wakes the devices waiting for news."""
        if change.workshop_id == self.room.workshop_id and change.topic in WATCHED:
            self.poke()

    def poke(self) -> None:
        """Thread-safe: the room changed (store, switches, reveal); devices refresh."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._wake)
            except RuntimeError:  # the loop closed meanwhile
                pass

    def _wake(self) -> None:
        self.version += 1
        self._market = None
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    # -- the app ---------------------------------------------------------------------
    def _app(self) -> web.Application:
        app = web.Application(client_max_size=BODY_LIMIT, middlewares=[self._guard])
        app.router.add_get("/", self._index)
        app.router.add_get("/j/{token}", self._index)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_post("/api/join", self._join)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/{op}", self._op)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        try:
            response = await handler(request)
        except Refusal as refusal:
            response = _error(refusal.status, refusal.code, refusal.message)
        except web.HTTPRequestEntityTooLarge:
            response = _error(413, "too-big")
        except web.HTTPException as exc:
            response = _error(exc.status, "http")
        except InputError as exc:
            response = _error(400, "input", str(exc))
        except StoreError as exc:
            response = _error(503, "store", str(exc))
        response.headers.update(SECURITY_HEADERS)
        return response

    async def _index(self, request: web.Request) -> web.Response:
        lang = "en" if self.room.lang == "en" else "nl"
        html = self._page.replace('lang="nl"', f'lang="{lang}"', 1)
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC:
            raise web.HTTPNotFound()
        return web.Response(body=page_file(name), content_type=STATIC[name], charset="utf-8")

    async def _body(self, request: web.Request) -> dict[str, Any]:
        raw = await request.read()
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, ValueError):
            raise Refusal(400, "input") from None
        if not isinstance(body, dict):
            raise Refusal(400, "input")
        return body

    async def _join(self, request: web.Request) -> web.Response:
        if not self.room.alive:
            raise Refusal(410, "closed")
        body = await self._body(request)
        device = self.room.join(token=body.get("token"), code=body.get("code"),
                                address=request.remote or "")
        if self.on_devices is not None:
            self.on_devices(self.room.device_count())
        return web.json_response({"device": device.key, "lang": self.room.lang})

    def _device(self, request: web.Request) -> Device:
        return self.room.device(request.headers.get(DEVICE_HEADER))

    async def _state(self, request: web.Request) -> web.Response:
        device = self._device(request)
        since = request.query.get("since", "")
        if since.isdigit() and int(since) == self.version and self._changed is not None:
            try:
                await asyncio.wait_for(self._changed.wait(), POLL_SECONDS)
                if self.room.alive:
                    await asyncio.sleep(COALESCE_SECONDS)  # several changes: one answer
            except TimeoutError:
                pass
            device = self._device(request)  # cut off while waiting?
        return web.json_response({"version": self.version,
                                  **self.room.state(device, self._market_now())})

    def _market_now(self) -> MarketState | None:
        """The marketplace as of this version, read once for every device that asks."""
        if not self.room.features.get("market"):
            return None
        if self._market is None or self._market[0] != self.version:
            self._market = (self.version, load_market(self.room.store, self.room.workshop_id))
        return self._market[1]

    async def _op(self, request: web.Request) -> web.Response:
        op = request.match_info["op"]
        device = self._device(request)
        body = await self._body(request)
        key = body.get("key")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            raise Refusal(400, "key")
        slot = f"{device.key}:{key}"
        answer = self._answers.get(slot)
        if answer is None:
            pending = self._inflight.get(slot)
            if pending is not None:  # the same request resent while the first is at work
                answer = await asyncio.shield(pending)
            else:
                answer = await self._apply(slot, op, device, body)
        status, payload = answer
        if op == "subgroup" and status == 200:
            self.poke()  # only this device's view changed: its waiting poll answers now
        return web.json_response({"version": self.version, **payload}, status=status)

    async def _apply(self, slot: str, op: str, device: Device,
                     body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        loop = asyncio.get_running_loop()
        pending: asyncio.Future[Any] = loop.create_future()
        self._inflight[slot] = pending
        try:
            try:
                future = self.run_on_owner(self.room.prepare(op, device, body))
                self._handed.add(future)
                future.add_done_callback(self._handed.discard)
                result = await asyncio.wrap_future(future)
                answer: tuple[int, dict[str, Any]] = (200, {"ok": True, **result})
            except Refusal as refusal:
                if refusal.status in (410, 429):
                    raise  # not an answer to remember: the same request may pass later
                answer = (refusal.status, {"error": refusal.code, "message": refusal.message})
            except InputError as exc:
                answer = (400, {"error": "input", "message": str(exc)})
            self._answers.put(slot, answer)
            pending.set_result(answer)
            return answer
        except BaseException as exc:
            if isinstance(exc, asyncio.CancelledError | concurrent.futures.CancelledError):
                pending.cancel()
            else:
                pending.set_exception(exc)
                pending.exception()  # retrieved: no "never retrieved" warning
            raise
        finally:
            self._inflight.pop(slot, None)


def _error(status: int, code: str, message: str = "") -> web.Response:
    return web.json_response({"error": code, "message": message or code}, status=status)
