"""The model layer: SQLAlchemy entities, the store and domain operations.

Headless by design: nothing here imports Qt widgets or GUI modules, so the
store, the exchange format and the PDF export run and test without a window.

The modules import each other in one direction only (``make lint`` keeps it so:
import-linter's acyclic_siblings contract on this package). From the bottom up:

- foundations: ``base`` (the declarative base, row helpers), ``text`` (InputError
  and the text rules), ``events``, ``store`` (with ``store_errors``, ``store_files``);
- ``workshop``: the workshop, its participants and the settings; it imports no board;
- the boards, each importing ``workshop`` (the reflection board reuses the circle's rules):
  ``agenda`` (+ ``timer_state``, ``timer_clock``, ``timer``), ``circle`` (+ ``circle_rings``, ``circle_layout``,
  ``circle_place``), ``reflection``, ``market`` (+ ``market_links``, ``market_analysis``,
  ``market_suggest``), ``plusmin`` (+ ``plusmin_rows``, ``plusmin_items``,
  ``plusmin_read``), ``actions``, ``rules``, ``joining``;
- across the boards: ``orchestration`` (a workshop from a template, a participant
  removed from every board, a full copy), ``exchange`` (+ ``exchange_document``,
  ``exchange_schema``, ``exchange_export``), ``traject``, ``sample``, ``backup``.
"""
import app.models.timer  # noqa: F401  (register the timer table)
from app.models import actions, agenda, circle, market, plusmin, reflection, workshop  # noqa: F401  (register tables)
from app.models.base import Base

__all__ = ["Base"]
