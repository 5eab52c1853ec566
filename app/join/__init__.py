"""Meedoen: participants' own phones and laptops join a session over the local network.

The laptop serves a small plain web page (no internet, no accounts) while the
facilitator keeps joining open. Devices send marketplace lines, story post-its
and anonymous urgency votes; each arrives as an ordinary edit of the store.

Layers: this package imports only ``app.models`` (and QtCore-free stdlib and
aiohttp); the Qt side (console dock, QR overlay, undo commands) lives in
``app.views`` and ``app.commands`` and hands an :class:`app.join.edits.Edits`
to the server.
"""
